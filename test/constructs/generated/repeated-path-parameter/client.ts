// Generated from test/fixtures/constructs/repeated-path-parameter.yaml (sha256 f0b5803e3fed7f37a1ca4bc8a42b3ae11dcebad7c5e010afd4d5912600f5ceeb) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, type Transport } from "../../../../src/runtime/index.js";
/** Success body of GET /groups/System.{location}/locations/{location}/results/{result}. */
export type ResultsGetResultResponse = paths["/groups/System.{location}/locations/{location}/results/{result}"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /groups/System.{location}/locations/{location}/results/{result}, as `APIError.body`. */
export type ResultsGetResultError = unknown;

/** Operations tagged `results`. */
export class Results {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /groups/System.{location}/locations/{location}/results/{result}
   *
   * `GET /groups/System.{location}/locations/{location}/results/{result}`
   * @param location `location`
   * @param result `result`
   */
  getResult(location: string, result: string, options?: RequestOptions): APIPromise<ResultsGetResultResponse> {
    return this.#transport.request<ResultsGetResultResponse>("GET", "/groups/System.{location}/locations/{location}/results/{result}", { path: { "location": location, "result": result } }, options);
  }
}

const definition: ClientDefinition = { "name": "RepeatedPathParameter", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the RepeatedPathParameter client (RepeatedPathParameter). */
export interface RepeatedPathParameterOptions extends ClientOptions {
}

/** Client for RepeatedPathParameter. */
export class RepeatedPathParameter extends BaseClient {
  readonly results: Results;

  constructor(options: RepeatedPathParameterOptions = {}) {
    super(options, definition);
    this.results = new Results(this.transport);
  }
}
