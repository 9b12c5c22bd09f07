// Generated from test/fixtures/constructs/out-of-components-refs.yaml (sha256 29db97c6936cf817122ee62c0b5f0ea089ded4517cf78bf10a1bc4bd3ff2fced) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Account = components["schemas"]["Account"];
export type Audit = components["schemas"]["Audit"];
export type Audited = components["schemas"]["Audited"];
export type Claimed = components["schemas"]["Claimed"];
export type Profile = components["schemas"]["Profile"];
/** Query parameters of GET /accounts. */
export type AccountsListAccountsParams = Pick<NonNullable<paths["/accounts"]["get"]["parameters"]["query"]>, "cursor">;
/** Success body of GET /accounts. */
export type AccountsListAccountsResponse = paths["/accounts"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /accounts, as `APIError.body`. */
export type AccountsListAccountsError = unknown;
/** Query parameters of GET /accounts/search. */
export type AccountsSearchAccountsParams = Pick<NonNullable<paths["/accounts/search"]["get"]["parameters"]["query"]>, "cursor">;
/** Success body of GET /accounts/search. */
export type AccountsSearchAccountsResponse = paths["/accounts/search"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /accounts/search, as `APIError.body`. */
export type AccountsSearchAccountsError = unknown;
/** Success body of GET /audits. */
export type AccountsGetAuditResponse = Audit;
/** Error body of GET /audits, as `APIError.body`. */
export type AccountsGetAuditError = unknown;

/** Operations tagged `accounts`. */
export class Accounts {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /accounts
   *
   * `GET /accounts`
   */
  listAccounts(params?: AccountsListAccountsParams, options?: RequestOptions): APIPromise<AccountsListAccountsResponse> {
    return this.#transport.request<AccountsListAccountsResponse>("GET", "/accounts", { ...splitParams(params, { query: ["cursor"], body: "none" }) }, options);
  }

  /**
   * GET /accounts/search
   *
   * `GET /accounts/search`
   */
  searchAccounts(params?: AccountsSearchAccountsParams, options?: RequestOptions): APIPromise<AccountsSearchAccountsResponse> {
    return this.#transport.request<AccountsSearchAccountsResponse>("GET", "/accounts/search", { ...splitParams(params, { query: ["cursor"], body: "none" }) }, options);
  }

  /**
   * GET /audits
   *
   * `GET /audits`
   */
  getAudit(options?: RequestOptions): APIPromise<AccountsGetAuditResponse> {
    return this.#transport.request<AccountsGetAuditResponse>("GET", "/audits", {}, options);
  }
}

const definition: ClientDefinition = { "name": "OutOfComponentsRefs", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the OutOfComponentsRefs client (OutOfComponentsRefs). */
export interface OutOfComponentsRefsOptions extends ClientOptions {
}

/** Client for OutOfComponentsRefs. */
export class OutOfComponentsRefs extends BaseClient {
  readonly accounts: Accounts;

  constructor(options: OutOfComponentsRefsOptions = {}) {
    super(options, definition);
    this.accounts = new Accounts(this.transport);
  }
}
