// Generated from test/fixtures/constructs/anyof.yaml (sha256 10b11ced04d88c239a1ac6cddf8fc7838cd69d4b81c94bbe382588d4af7fc46d) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type ByAge = components["schemas"]["ByAge"];
export type ByName = components["schemas"]["ByName"];
export type Criteria = components["schemas"]["Criteria"];
/** The request body (`body`) of POST /search. */
export type PeopleSearchParams = { body: NonNullable<paths["/search"]["post"]["requestBody"]>["content"]["application/json"] };
/** Success body of POST /search. */
export type PeopleSearchResponse = paths["/search"]["post"]["responses"]["200"]["content"]["application/json"];
/** Error body of POST /search, as `APIError.body`. */
export type PeopleSearchError = unknown;

/** Operations tagged `people`. */
export class People {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /search
   *
   * `POST /search`
   */
  search(params: PeopleSearchParams, options?: RequestOptions): APIPromise<PeopleSearchResponse> {
    return this.#transport.request<PeopleSearchResponse>("POST", "/search", { ...splitParams(params, { body: "property" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "AnyOf", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the AnyOf client (AnyOf). */
export interface AnyOfOptions extends ClientOptions {
}

/** Client for AnyOf. */
export class AnyOf extends BaseClient {
  readonly people: People;

  constructor(options: AnyOfOptions = {}) {
    super(options, definition);
    this.people = new People(this.transport);
  }
}
