// Generated from test/fixtures/constructs/property-names.yaml (sha256 dc35d759a742138f6bff2490806ee8a161ac63b4c295c3ca97de27a5f799a045) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Weird = components["schemas"]["Weird"];
/** Body fields of PUT /weird. */
export type ObjectsPutWeirdParams = Weird;
/** Success body of PUT /weird. */
export type ObjectsPutWeirdResponse = Weird;
/** Error body of PUT /weird, as `APIError.body`. */
export type ObjectsPutWeirdError = unknown;

/** Operations tagged `objects`. */
export class Objects {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * PUT /weird
   *
   * `PUT /weird`
   */
  putWeird(params: ObjectsPutWeirdParams, options?: RequestOptions): APIPromise<ObjectsPutWeirdResponse> {
    return this.#transport.request<ObjectsPutWeirdResponse>("PUT", "/weird", { ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "PropertyNames", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the PropertyNames client (PropertyNames). */
export interface PropertyNamesOptions extends ClientOptions {
}

/** Client for PropertyNames. */
export class PropertyNames extends BaseClient {
  readonly objects: Objects;

  constructor(options: PropertyNamesOptions = {}) {
    super(options, definition);
    this.objects = new Objects(this.transport);
  }
}
