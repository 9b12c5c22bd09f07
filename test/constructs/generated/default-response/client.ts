// Generated from test/fixtures/constructs/default-response.yaml (sha256 8221e31ad512e0753c73522479f01694e07a87b515f5c958d413927319653184) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, type Transport } from "../../../../src/runtime/index.js";
export type Problem = components["schemas"]["Problem"];
export type Status = components["schemas"]["Status"];
/** Success body of GET /status. */
export type MetaGetStatusResponse = Status;
/** Error body of GET /status, as `APIError.body`. */
export type MetaGetStatusError = Status;
/** Success body of GET /version. */
export type MetaGetVersionResponse = paths["/version"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /version, as `APIError.body`. */
export type MetaGetVersionError = Problem;

/** Operations tagged `meta`. */
export class Meta {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /status
   *
   * `GET /status`
   * @throws {APIError} default the status
   */
  getStatus(options?: RequestOptions): APIPromise<MetaGetStatusResponse> {
    return this.#transport.request<MetaGetStatusResponse>("GET", "/status", {}, options);
  }

  /**
   * GET /version
   *
   * `GET /version`
   * @throws {APIError} default any error
   */
  getVersion(options?: RequestOptions): APIPromise<MetaGetVersionResponse> {
    return this.#transport.request<MetaGetVersionResponse>("GET", "/version", {}, options);
  }
}

const definition: ClientDefinition = { "name": "DefaultResponse", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the DefaultResponse client (DefaultResponse). */
export interface DefaultResponseOptions extends ClientOptions {
}

/** Client for DefaultResponse. */
export class DefaultResponse extends BaseClient {
  readonly meta: Meta;

  constructor(options: DefaultResponseOptions = {}) {
    super(options, definition);
    this.meta = new Meta(this.transport);
  }
}
