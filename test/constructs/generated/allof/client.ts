// Generated from test/fixtures/constructs/allof.yaml (sha256 399ade86251341ce2fa32c395ff6c02ccc04092443ede1a1461b65915b2382e2) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Dog = components["schemas"]["Dog"];
export type Pet = components["schemas"]["Pet"];
/** Body fields of POST /dogs. */
export type DogsCreateDogParams = Dog;
/** Success body of POST /dogs. */
export type DogsCreateDogResponse = Dog;
/** Error body of POST /dogs, as `APIError.body`. */
export type DogsCreateDogError = unknown;

/** Operations tagged `dogs`. */
export class Dogs {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /dogs
   *
   * `POST /dogs`
   */
  createDog(params: DogsCreateDogParams, options?: RequestOptions): APIPromise<DogsCreateDogResponse> {
    return this.#transport.request<DogsCreateDogResponse>("POST", "/dogs", { ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "AllOf", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the AllOf client (AllOf). */
export interface AllOfOptions extends ClientOptions {
}

/** Client for AllOf. */
export class AllOf extends BaseClient {
  readonly dogs: Dogs;

  constructor(options: AllOfOptions = {}) {
    super(options, definition);
    this.dogs = new Dogs(this.transport);
  }
}
