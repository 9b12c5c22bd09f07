// Generated from test/fixtures/constructs/multiple-success.yaml (sha256 63a2b28fd5dde1b3cad48c1eda874c4796864b3eb48cdf47d93ff3c600fc3c1d) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Created = components["schemas"]["Created"];
export type Thing = components["schemas"]["Thing"];
/** Success body of GET /things/{id}. */
export type ThingsFindThingResponse = Thing | undefined;
/** Error body of GET /things/{id}, as `APIError.body`. */
export type ThingsFindThingError = unknown;
/** Body fields of PUT /things/{id}. */
export type ThingsUpsertThingParams = NonNullable<paths["/things/{id}"]["put"]["requestBody"]>["content"]["application/json"];
/** Success body of PUT /things/{id}. */
export type ThingsUpsertThingResponse = Thing | Created;
/** Error body of PUT /things/{id}, as `APIError.body`. */
export type ThingsUpsertThingError = unknown;

/** Operations tagged `things`. */
export class Things {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /things/{id}
   *
   * `GET /things/{id}`
   * @param id `id`
   */
  findThing(id: string, options?: RequestOptions): APIPromise<ThingsFindThingResponse> {
    return this.#transport.request<ThingsFindThingResponse>("GET", "/things/{id}", { path: { "id": id } }, options);
  }

  /**
   * PUT /things/{id}
   *
   * `PUT /things/{id}`
   * @param id `id`
   */
  upsertThing(id: string, params: ThingsUpsertThingParams, options?: RequestOptions): APIPromise<ThingsUpsertThingResponse> {
    return this.#transport.request<ThingsUpsertThingResponse>("PUT", "/things/{id}", { path: { "id": id }, ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "MultipleSuccess", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the MultipleSuccess client (MultipleSuccess). */
export interface MultipleSuccessOptions extends ClientOptions {
}

/** Client for MultipleSuccess. */
export class MultipleSuccess extends BaseClient {
  readonly things: Things;

  constructor(options: MultipleSuccessOptions = {}) {
    super(options, definition);
    this.things = new Things(this.transport);
  }
}
