// Generated from test/fixtures/constructs/shared-parameters.yaml (sha256 0764248def54aa337eb4953e6711a1dde3a70893049e056759d52f5aee06eaa4) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Member = components["schemas"]["Member"];
/** Query parameters of GET /orgs/{orgId}/members. */
export type MembersListMembersParams = Pick<NonNullable<paths["/orgs/{orgId}/members"]["get"]["parameters"]["query"]>, "limit" | "cursor">;
/** Success body of GET /orgs/{orgId}/members. */
export type MembersListMembersResponse = paths["/orgs/{orgId}/members"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /orgs/{orgId}/members, as `APIError.body`. */
export type MembersListMembersError = unknown;
/** Query parameters and header parameters of GET /orgs/{orgId}/members/{memberId}. */
export type MembersGetMemberParams = Pick<NonNullable<paths["/orgs/{orgId}/members/{memberId}"]["get"]["parameters"]["query"]>, "limit"> & Pick<NonNullable<paths["/orgs/{orgId}/members/{memberId}"]["get"]["parameters"]["header"]>, "X-Trace-Id">;
/** Success body of GET /orgs/{orgId}/members/{memberId}. */
export type MembersGetMemberResponse = Member;
/** Error body of GET /orgs/{orgId}/members/{memberId}, as `APIError.body`. */
export type MembersGetMemberError = unknown;
/** Header parameters of DELETE /orgs/{orgId}/members/{memberId}. */
export type MembersRemoveMemberParams = Pick<NonNullable<paths["/orgs/{orgId}/members/{memberId}"]["delete"]["parameters"]["header"]>, "X-Trace-Id">;
/** Success body of DELETE /orgs/{orgId}/members/{memberId}. */
export type MembersRemoveMemberResponse = undefined;
/** Error body of DELETE /orgs/{orgId}/members/{memberId}, as `APIError.body`. */
export type MembersRemoveMemberError = unknown;

/** Operations tagged `members`. */
export class Members {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /orgs/{orgId}/members
   *
   * `GET /orgs/{orgId}/members`
   * @param orgId `orgId`
   */
  listMembers(orgId: string, params?: MembersListMembersParams, options?: RequestOptions): APIPromise<MembersListMembersResponse> {
    return this.#transport.request<MembersListMembersResponse>("GET", "/orgs/{orgId}/members", { path: { "orgId": orgId }, ...splitParams(params, { query: ["limit", "cursor"], body: "none" }) }, options);
  }

  /**
   * GET /orgs/{orgId}/members/{memberId}
   *
   * `GET /orgs/{orgId}/members/{memberId}`
   * @param orgId `orgId`
   * @param memberId `memberId`
   */
  getMember(orgId: string, memberId: number, params?: MembersGetMemberParams, options?: RequestOptions): APIPromise<MembersGetMemberResponse> {
    return this.#transport.request<MembersGetMemberResponse>("GET", "/orgs/{orgId}/members/{memberId}", { path: { "orgId": orgId, "memberId": memberId }, ...splitParams(params, { query: ["limit"], header: ["X-Trace-Id"], body: "none" }) }, options);
  }

  /**
   * DELETE /orgs/{orgId}/members/{memberId}
   *
   * `DELETE /orgs/{orgId}/members/{memberId}`
   * @param orgId `orgId`
   * @param memberId `memberId`
   */
  removeMember(orgId: string, memberId: number, params: MembersRemoveMemberParams, options?: RequestOptions): APIPromise<MembersRemoveMemberResponse> {
    return this.#transport.request<MembersRemoveMemberResponse>("DELETE", "/orgs/{orgId}/members/{memberId}", { path: { "orgId": orgId, "memberId": memberId }, ...splitParams(params, { header: ["X-Trace-Id"], body: "none" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "SharedParameters", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the SharedParameters client (SharedParameters). */
export interface SharedParametersOptions extends ClientOptions {
}

/** Client for SharedParameters. */
export class SharedParameters extends BaseClient {
  readonly members: Members;

  constructor(options: SharedParametersOptions = {}) {
    super(options, definition);
    this.members = new Members(this.transport);
  }
}
