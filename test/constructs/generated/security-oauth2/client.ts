// Generated from test/fixtures/constructs/security-oauth2.yaml (sha256 cb37b95aee9843fe5cea5624f578a7bdde0993c5fd72029e0007fc0b83cd0bbc) by scripts/generate.ts. Do not edit.
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

const definition: ClientDefinition = { "name": "SecurityOauth2", "baseUrl": "http://127.0.0.1:9", "auth": [{ "kind": "bearer", "option": "token" }], "authRequired": true, "security": [["token"], ["token"]], "env": {} };

/** Options of the SecurityOauth2 client (SecurityOauth2). */
export interface SecurityOauth2Options extends ClientOptions {
  /** Bearer token, sent as `Authorization: Bearer <token>`. */
  token?: Credential;
}

/** Client for SecurityOauth2. */
export class SecurityOauth2 extends BaseClient {
  readonly account: Account;

  constructor(options: SecurityOauth2Options = {}) {
    super(options, definition);
    this.account = new Account(this.transport);
  }
}
