// Generated from test/fixtures/constructs/security-all.yaml (sha256 a023cd6a8a712ec26fea2fd64670f1f94afd97476ac75860c831baae17c4e194) by scripts/generate.ts. Do not edit.
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

const definition: ClientDefinition = { "name": "SecurityAll", "baseUrl": "http://127.0.0.1:9", "auth": [{ "kind": "basic", "option": "username", "passwordOption": "password" }, { "kind": "bearer", "option": "token" }, { "kind": "apiKey", "option": "apiKey", "in": "header", "name": "X-Key" }, { "kind": "apiKey", "option": "queryKey", "in": "query", "name": "key" }, { "kind": "apiKey", "option": "cookieKey", "in": "cookie", "name": "sid" }], "authRequired": true, "security": [["token"], ["username"], ["cookieKey", "apiKey", "queryKey"]], "env": {} };

/** Options of the SecurityAll client (SecurityAll). */
export interface SecurityAllOptions extends ClientOptions {
  /** User name for HTTP basic authentication (`Authorization: Basic …`). */
  username?: Credential;
  /** Password for HTTP basic authentication. */
  password?: Credential;
  /** Bearer token, sent as `Authorization: Bearer <token>`. */
  token?: Credential;
  /** API key, sent in the `X-Key` header. */
  apiKey?: Credential;
  /** API key, sent in the `key` query parameter. */
  queryKey?: Credential;
  /** API key, sent in the `sid` cookie. */
  cookieKey?: Credential;
}

/** Client for SecurityAll. */
export class SecurityAll extends BaseClient {
  readonly account: Account;

  constructor(options: SecurityAllOptions = {}) {
    super(options, definition);
    this.account = new Account(this.transport);
  }
}
