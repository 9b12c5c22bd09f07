// Generated from test/fixtures/constructs/empty-204.yaml (sha256 6917bcf452c520695a710ec9e13e227814133291c9fd0fa8d1d7c2af82850412) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** Body fields of POST /ping. */
export type ThingsPingParams = NonNullable<paths["/ping"]["post"]["requestBody"]>["content"]["application/json"];
/** Success body of POST /ping. */
export type ThingsPingResponse = undefined;
/** Error body of POST /ping, as `APIError.body`. */
export type ThingsPingError = unknown;
/** Success body of DELETE /things/{id}. */
export type ThingsDeleteThingResponse = undefined;
/** Error body of DELETE /things/{id}, as `APIError.body`. */
export type ThingsDeleteThingError = paths["/things/{id}"]["delete"]["responses"]["404"]["content"]["application/json"];

/** Operations tagged `things`. */
export class Things {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /ping
   *
   * `POST /ping`
   */
  ping(params: ThingsPingParams, options?: RequestOptions): APIPromise<ThingsPingResponse> {
    return this.#transport.request<ThingsPingResponse>("POST", "/ping", { ...splitParams(params, { body: "spread" }) }, options);
  }

  /**
   * DELETE /things/{id}
   *
   * `DELETE /things/{id}`
   * @param id `id`
   * @throws {NotFoundError} 404 not found
   */
  deleteThing(id: string, options?: RequestOptions): APIPromise<ThingsDeleteThingResponse> {
    return this.#transport.request<ThingsDeleteThingResponse>("DELETE", "/things/{id}", { path: { "id": id } }, options);
  }
}

const definition: ClientDefinition = { "name": "Empty204", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the Empty204 client (Empty204). */
export interface Empty204Options extends ClientOptions {
}

/** Client for Empty204. */
export class Empty204 extends BaseClient {
  readonly things: Things;

  constructor(options: Empty204Options = {}) {
    super(options, definition);
    this.things = new Things(this.transport);
  }
}
