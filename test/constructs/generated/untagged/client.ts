// Generated from test/fixtures/constructs/untagged.yaml (sha256 2ce48eaedad73f9ad6c8806bea1b232889861821abd8e82c83c01fe56834e4ca) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** Success body of GET /things. */
export type ThingsListThingsResponse = paths["/things"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /things, as `APIError.body`. */
export type ThingsListThingsError = unknown;
/** Success body of GET /ping. */
export type UntaggedPingResponse = string;
/** Error body of GET /ping, as `APIError.body`. */
export type UntaggedPingError = unknown;
/** Query parameters of GET /version. */
export type UntaggedGetVersionParams = Pick<NonNullable<paths["/version"]["get"]["parameters"]["query"]>, "verbose">;
/** Success body of GET /version. */
export type UntaggedGetVersionResponse = paths["/version"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /version, as `APIError.body`. */
export type UntaggedGetVersionError = unknown;

/** Operations tagged `things`. */
export class Things {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /things
   *
   * `GET /things`
   */
  listThings(options?: RequestOptions): APIPromise<ThingsListThingsResponse> {
    return this.#transport.request<ThingsListThingsResponse>("GET", "/things", {}, options);
  }
}

const definition: ClientDefinition = { "name": "Untagged", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the Untagged client (Untagged). */
export interface UntaggedOptions extends ClientOptions {
}

/** Client for Untagged. */
export class Untagged extends BaseClient {
  readonly things: Things;

  constructor(options: UntaggedOptions = {}) {
    super(options, definition);
    this.things = new Things(this.transport);
  }

  /**
   * GET /ping
   *
   * `GET /ping`
   */
  ping(options?: RequestOptions): APIPromise<UntaggedPingResponse> {
    return this.transport.request<UntaggedPingResponse>("GET", "/ping", { responseType: "text", accept: "text/plain" }, options);
  }

  /**
   * GET /version
   *
   * `GET /version`
   */
  getVersion(params?: UntaggedGetVersionParams, options?: RequestOptions): APIPromise<UntaggedGetVersionResponse> {
    return this.transport.request<UntaggedGetVersionResponse>("GET", "/version", { ...splitParams(params, { query: ["verbose"], body: "none" }) }, options);
  }
}
