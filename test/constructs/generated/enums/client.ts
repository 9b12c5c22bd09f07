// Generated from test/fixtures/constructs/enums.yaml (sha256 5d82969d1e7faa16b5b6c21c524fb8cf2231e53f9c2e08fd83c9693c738d6848) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Color = components["schemas"]["Color"];
export type Shirt = components["schemas"]["Shirt"];
export type Size = components["schemas"]["Size"];
export type Trim = components["schemas"]["Trim"];
/** Query parameters of GET /shirts. */
export type ShirtsListShirtsParams = Pick<NonNullable<paths["/shirts"]["get"]["parameters"]["query"]>, "color" | "sizes">;
/** Success body of GET /shirts. */
export type ShirtsListShirtsResponse = paths["/shirts"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /shirts, as `APIError.body`. */
export type ShirtsListShirtsError = unknown;
/** Body fields of POST /shirts. */
export type ShirtsCreateShirtParams = Shirt;
/** Success body of POST /shirts. */
export type ShirtsCreateShirtResponse = Shirt;
/** Error body of POST /shirts, as `APIError.body`. */
export type ShirtsCreateShirtError = unknown;

/** Operations tagged `shirts`. */
export class Shirts {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /shirts
   *
   * `GET /shirts`
   */
  listShirts(params?: ShirtsListShirtsParams, options?: RequestOptions): APIPromise<ShirtsListShirtsResponse> {
    return this.#transport.request<ShirtsListShirtsResponse>("GET", "/shirts", { ...splitParams(params, { query: ["color", "sizes"], body: "none" }) }, options);
  }

  /**
   * POST /shirts
   *
   * `POST /shirts`
   */
  createShirt(params: ShirtsCreateShirtParams, options?: RequestOptions): APIPromise<ShirtsCreateShirtResponse> {
    return this.#transport.request<ShirtsCreateShirtResponse>("POST", "/shirts", { ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "Enums", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the Enums client (Enums). */
export interface EnumsOptions extends ClientOptions {
}

/** Client for Enums. */
export class Enums extends BaseClient {
  readonly shirts: Shirts;

  constructor(options: EnumsOptions = {}) {
    super(options, definition);
    this.shirts = new Shirts(this.transport);
  }
}
