// Generated from test/fixtures/constructs/discriminator-inherited.yaml (sha256 94e044a7d589959bd99f7251e5274a9a36c10db4b80fd6b1f1996b567e94bd70) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type BooleanResult = components["schemas"]["BooleanResult"];
export type DestinationResult = components["schemas"]["DestinationResult"];
export type Result = components["schemas"]["Result"];
/** Success body of GET /booleans. */
export type ResultsGetBooleanResponse = BooleanResult;
/** Error body of GET /booleans, as `APIError.body`. */
export type ResultsGetBooleanError = unknown;
/** Body fields of POST /destinations. */
export type ResultsResolveDestinationParams = DestinationResult;
/** Success body of POST /destinations. */
export type ResultsResolveDestinationResponse = DestinationResult;
/** Error body of POST /destinations, as `APIError.body`. */
export type ResultsResolveDestinationError = unknown;

/** Operations tagged `results`. */
export class Results {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /booleans
   *
   * `GET /booleans`
   */
  getBoolean(options?: RequestOptions): APIPromise<ResultsGetBooleanResponse> {
    return this.#transport.request<ResultsGetBooleanResponse>("GET", "/booleans", {}, options);
  }

  /**
   * POST /destinations
   *
   * `POST /destinations`
   */
  resolveDestination(params: ResultsResolveDestinationParams, options?: RequestOptions): APIPromise<ResultsResolveDestinationResponse> {
    return this.#transport.request<ResultsResolveDestinationResponse>("POST", "/destinations", { ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "DiscriminatorInherited", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the DiscriminatorInherited client (DiscriminatorInherited). */
export interface DiscriminatorInheritedOptions extends ClientOptions {
}

/** Client for DiscriminatorInherited. */
export class DiscriminatorInherited extends BaseClient {
  readonly results: Results;

  constructor(options: DiscriminatorInheritedOptions = {}) {
    super(options, definition);
    this.results = new Results(this.transport);
  }
}
