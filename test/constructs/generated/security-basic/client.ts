// Generated from test/fixtures/constructs/security-basic.yaml (sha256 59d356fb5955e7fd9b4aae0be8a94275c0bfbe0450cab560d9092a21a4cbb966) by scripts/generate.ts. Do not edit.
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

const definition: ClientDefinition = { "name": "SecurityBasic", "baseUrl": "http://127.0.0.1:9", "auth": [{ "kind": "basic", "option": "username", "passwordOption": "password" }], "authRequired": true, "security": [["username"]], "env": {} };

/** Options of the SecurityBasic client (SecurityBasic). */
export interface SecurityBasicOptions extends ClientOptions {
  /** User name for HTTP basic authentication (`Authorization: Basic …`). */
  username?: Credential;
  /** Password for HTTP basic authentication. */
  password?: Credential;
}

/** Client for SecurityBasic. */
export class SecurityBasic extends BaseClient {
  readonly account: Account;

  constructor(options: SecurityBasicOptions = {}) {
    super(options, definition);
    this.account = new Account(this.transport);
  }
}
