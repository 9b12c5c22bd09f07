// Generated from test/fixtures/constructs/additional-properties.yaml (sha256 656f3ab2b7777238a820d7a21026a7433703f8dc993120b362e1eb8db3ab3546) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Closed = components["schemas"]["Closed"];
export type Counts = components["schemas"]["Counts"];
export type Open = components["schemas"]["Open"];
/** Body fields of POST /closed. */
export type MapsCreateClosedParams = Closed;
/** Success body of POST /closed. */
export type MapsCreateClosedResponse = Closed;
/** Error body of POST /closed, as `APIError.body`. */
export type MapsCreateClosedError = unknown;
/** Body fields of POST /counts. */
export type MapsCreateCountsParams = Counts;
/** Success body of POST /counts. */
export type MapsCreateCountsResponse = Counts;
/** Error body of POST /counts, as `APIError.body`. */
export type MapsCreateCountsError = unknown;
/** Body fields of POST /open. */
export type MapsCreateOpenParams = Open;
/** Success body of POST /open. */
export type MapsCreateOpenResponse = Open;
/** Error body of POST /open, as `APIError.body`. */
export type MapsCreateOpenError = unknown;

/** Operations tagged `maps`. */
export class Maps {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /closed
   *
   * `POST /closed`
   */
  createClosed(params: MapsCreateClosedParams, options?: RequestOptions): APIPromise<MapsCreateClosedResponse> {
    return this.#transport.request<MapsCreateClosedResponse>("POST", "/closed", { ...splitParams(params, { body: "spread" }) }, options);
  }

  /**
   * POST /counts
   *
   * `POST /counts`
   */
  createCounts(params: MapsCreateCountsParams, options?: RequestOptions): APIPromise<MapsCreateCountsResponse> {
    return this.#transport.request<MapsCreateCountsResponse>("POST", "/counts", { ...splitParams(params, { body: "spread" }) }, options);
  }

  /**
   * POST /open
   *
   * `POST /open`
   */
  createOpen(params: MapsCreateOpenParams, options?: RequestOptions): APIPromise<MapsCreateOpenResponse> {
    return this.#transport.request<MapsCreateOpenResponse>("POST", "/open", { ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "AdditionalProperties", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the AdditionalProperties client (AdditionalProperties). */
export interface AdditionalPropertiesOptions extends ClientOptions {
}

/** Client for AdditionalProperties. */
export class AdditionalProperties extends BaseClient {
  readonly maps: Maps;

  constructor(options: AdditionalPropertiesOptions = {}) {
    super(options, definition);
    this.maps = new Maps(this.transport);
  }
}
