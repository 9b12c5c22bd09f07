// Generated from test/fixtures/constructs/path-query.yaml (sha256 69a7b05ebb9fb5a4f669573de554387e34a447253c4d8940f43d8421b5226db8) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** Query parameters of GET /icons/latest. */
export type IconsLatestIconsParams = Pick<NonNullable<paths["/icons/latest"]["get"]["parameters"]["query"]>, "amount" | "platform" | "term">;
/** Success body of GET /icons/latest. */
export type IconsLatestIconsResponse = paths["/icons/latest"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /icons/latest, as `APIError.body`. */
export type IconsLatestIconsError = unknown;
/** Query parameters of GET /icons/total. */
export type IconsTotalIconsParams = Pick<NonNullable<paths["/icons/total"]["get"]["parameters"]["query"]>, "since">;
/** Success body of GET /icons/total. */
export type IconsTotalIconsResponse = paths["/icons/total"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /icons/total, as `APIError.body`. */
export type IconsTotalIconsError = unknown;
/** Query parameters of GET /icons/{id}/search?style=flat&size=64. */
export type IconsSearchFlatIconsParams = Pick<NonNullable<paths["/icons/{id}/search?style=flat&size=64"]["get"]["parameters"]["query"]>, "q">;
/** Success body of GET /icons/{id}/search?style=flat&size=64. */
export type IconsSearchFlatIconsResponse = paths["/icons/{id}/search?style=flat&size=64"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /icons/{id}/search?style=flat&size=64, as `APIError.body`. */
export type IconsSearchFlatIconsError = unknown;

/** Operations tagged `icons`. */
export class Icons {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /icons/latest
   *
   * `GET /icons/latest`
   */
  latestIcons(params: IconsLatestIconsParams, options?: RequestOptions): APIPromise<IconsLatestIconsResponse> {
    return this.#transport.request<IconsLatestIconsResponse>("GET", "/icons/latest", { ...splitParams(params, { query: ["amount", "platform", "term"], body: "none" }) }, options);
  }

  /**
   * GET /icons/total
   *
   * `GET /icons/total`
   */
  totalIcons(params: IconsTotalIconsParams, options?: RequestOptions): APIPromise<IconsTotalIconsResponse> {
    return this.#transport.request<IconsTotalIconsResponse>("GET", "/icons/total", { ...splitParams(params, { query: ["since"], body: "none" }) }, options);
  }

  /**
   * GET /icons/{id}/search?style=flat&size=64
   *
   * `GET /icons/{id}/search?style=flat&size=64`
   * @param id `id`
   */
  searchFlatIcons(id: string, params?: IconsSearchFlatIconsParams, options?: RequestOptions): APIPromise<IconsSearchFlatIconsResponse> {
    return this.#transport.request<IconsSearchFlatIconsResponse>("GET", "/icons/{id}/search?style=flat&size=64", { path: { "id": id }, ...splitParams(params, { query: ["q"], body: "none" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "PathQuery", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the PathQuery client (PathQuery). */
export interface PathQueryOptions extends ClientOptions {
}

/** Client for PathQuery. */
export class PathQuery extends BaseClient {
  readonly icons: Icons;

  constructor(options: PathQueryOptions = {}) {
    super(options, definition);
    this.icons = new Icons(this.transport);
  }
}
