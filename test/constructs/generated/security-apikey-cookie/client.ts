// Generated from test/fixtures/constructs/security-apikey-cookie.yaml (sha256 1f9a84a4af5645b4a226cdefcb66eb7ac35762f642c3964ddf85bc27a569e288) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type Credential, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** Query parameters and cookie parameters of GET /items. */
export type AccountListItemsParams = Pick<NonNullable<paths["/items"]["get"]["parameters"]["query"]>, "limit"> & Pick<NonNullable<paths["/items"]["get"]["parameters"]["cookie"]>, "theme">;
/** Success body of GET /items. */
export type AccountListItemsResponse = paths["/items"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /items, as `APIError.body`. */
export type AccountListItemsError = unknown;
/** Success body of GET /me. */
export type AccountGetMeResponse = paths["/me"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /me, as `APIError.body`. */
export type AccountGetMeError = unknown;

/** Operations tagged `account`. */
export class Account {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /items
   *
   * `GET /items`
   */
  listItems(params?: AccountListItemsParams, options?: RequestOptions): APIPromise<AccountListItemsResponse> {
    return this.#transport.request<AccountListItemsResponse>("GET", "/items", { ...splitParams(params, { query: ["limit"], cookie: ["theme"], body: "none" }) }, options);
  }

  /**
   * GET /me
   *
   * `GET /me`
   */
  getMe(options?: RequestOptions): APIPromise<AccountGetMeResponse> {
    return this.#transport.request<AccountGetMeResponse>("GET", "/me", {}, options);
  }
}

const definition: ClientDefinition = { "name": "SecurityApikeyCookie", "baseUrl": "http://127.0.0.1:9", "auth": [{ "kind": "apiKey", "option": "apiKey", "in": "cookie", "name": "session_id" }], "authRequired": true, "security": [["apiKey"]], "env": {} };

/** Options of the SecurityApikeyCookie client (SecurityApikeyCookie). */
export interface SecurityApikeyCookieOptions extends ClientOptions {
  /** API key, sent in the `session_id` cookie. */
  apiKey?: Credential;
}

/** Client for SecurityApikeyCookie. */
export class SecurityApikeyCookie extends BaseClient {
  readonly account: Account;

  constructor(options: SecurityApikeyCookieOptions = {}) {
    super(options, definition);
    this.account = new Account(this.transport);
  }
}
