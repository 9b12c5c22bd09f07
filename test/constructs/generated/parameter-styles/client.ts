// Generated from test/fixtures/constructs/parameter-styles.yaml (sha256 f7fb84ab11485a9db85f2968e65836e9c736c5063597975e2eab74f910058e39) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** Cookie parameters of GET /cookies. */
export type StylesCookieStylesParams = Pick<NonNullable<paths["/cookies"]["get"]["parameters"]["cookie"]>, "session" | "prefs">;
/** Success body of GET /cookies. */
export type StylesCookieStylesResponse = undefined;
/** Error body of GET /cookies, as `APIError.body`. */
export type StylesCookieStylesError = unknown;
/** Header parameters of GET /headers. */
export type StylesHeaderStylesParams = Pick<NonNullable<paths["/headers"]["get"]["parameters"]["header"]>, "X-Ids" | "X-Point" | "X-Point-Exploded" | "X-Flag">;
/** Success body of GET /headers. */
export type StylesHeaderStylesResponse = undefined;
/** Error body of GET /headers, as `APIError.body`. */
export type StylesHeaderStylesError = unknown;
/** Query parameters of GET /query. */
export type StylesQueryStylesParams = Pick<NonNullable<paths["/query"]["get"]["parameters"]["query"]>, "ids" | "tags" | "filter" | "point" | "words" | "pipes" | "deep" | "q">;
/** Success body of GET /query. */
export type StylesQueryStylesResponse = undefined;
/** Error body of GET /query, as `APIError.body`. */
export type StylesQueryStylesError = unknown;

/** Operations tagged `styles`. */
export class Styles {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /cookies
   *
   * `GET /cookies`
   */
  cookieStyles(params: StylesCookieStylesParams, options?: RequestOptions): APIPromise<StylesCookieStylesResponse> {
    return this.#transport.request<StylesCookieStylesResponse>("GET", "/cookies", { ...splitParams(params, { cookie: ["session", "prefs"], body: "none", styles: { cookie: { "prefs": { "style": "form", "explode": false } } } }) }, options);
  }

  /**
   * GET /headers
   *
   * `GET /headers`
   */
  headerStyles(params: StylesHeaderStylesParams, options?: RequestOptions): APIPromise<StylesHeaderStylesResponse> {
    return this.#transport.request<StylesHeaderStylesResponse>("GET", "/headers", { ...splitParams(params, { header: ["X-Ids", "X-Point", "X-Point-Exploded", "X-Flag"], body: "none", styles: { header: { "X-Point-Exploded": { "style": "simple", "explode": true } } } }) }, options);
  }

  /**
   * GET /query
   *
   * `GET /query`
   */
  queryStyles(params?: StylesQueryStylesParams, options?: RequestOptions): APIPromise<StylesQueryStylesResponse> {
    return this.#transport.request<StylesQueryStylesResponse>("GET", "/query", { ...splitParams(params, { query: ["ids", "tags", "filter", "point", "words", "pipes", "deep", "q"], body: "none", styles: { query: { "tags": { "style": "form", "explode": false }, "point": { "style": "form", "explode": false }, "words": { "style": "spaceDelimited", "explode": false }, "pipes": { "style": "pipeDelimited", "explode": false }, "deep": { "style": "deepObject", "explode": true } } } }) }, options);
  }
}

const definition: ClientDefinition = { "name": "ParameterStyles", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the ParameterStyles client (ParameterStyles). */
export interface ParameterStylesOptions extends ClientOptions {
}

/** Client for ParameterStyles. */
export class ParameterStyles extends BaseClient {
  readonly styles: Styles;

  constructor(options: ParameterStylesOptions = {}) {
    super(options, definition);
    this.styles = new Styles(this.transport);
  }
}
