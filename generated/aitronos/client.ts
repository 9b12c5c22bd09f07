// Generated from specs/aitronos.yaml (sha256 ddd5bdd934c9ca61a53aa92e845684b7a425cf9bb27ddf74d9c5cc1812da67ea) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type Credential, type RequestOptions, splitParams, type Transport } from "../../src/runtime/index.js";
export type ErrorResponse = components["schemas"]["ErrorResponse"];
export type UpdateMemberRoleRequest = components["schemas"]["UpdateMemberRoleRequest"];
export type UpdateMemberRoleResponse = components["schemas"]["UpdateMemberRoleResponse"];
/** Body fields of PUT /v1/organizations/{organization_id}/users/{user_id}. */
export type CrewManagementMembersUpdateMemberParams = UpdateMemberRoleRequest;
/** Success body of PUT /v1/organizations/{organization_id}/users/{user_id}. */
export type CrewManagementMembersUpdateMemberResponse = UpdateMemberRoleResponse;
/** Error body of PUT /v1/organizations/{organization_id}/users/{user_id}, as `APIError.body`. */
export type CrewManagementMembersUpdateMemberError = ErrorResponse;

/** Organization members. */
export class CrewManagementMembers {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Update Member Role
   *
   * Update an organization member's role.
   *
   * Requires authentication. User must be Admin or Owner.
   *
   * `PUT /v1/organizations/{organization_id}/users/{user_id}`
   * @param organizationId Organization ID with `org_` prefix.
   * @param userId User ID with `usr_` prefix.
   * @throws {PermissionDeniedError} 403 Forbidden
   */
  updateMember(organizationId: string, userId: string, params?: CrewManagementMembersUpdateMemberParams, options?: RequestOptions): APIPromise<CrewManagementMembersUpdateMemberResponse> {
    return this.#transport.request<CrewManagementMembersUpdateMemberResponse>("PUT", "/v1/organizations/{organization_id}/users/{user_id}", { path: { "organization_id": organizationId, "user_id": userId }, ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "Aitronos", "baseUrl": "https://api.aitronos.com", "auth": [{ "kind": "apiKey", "option": "apiKey", "in": "header", "name": "X-API-Key" }], "authRequired": true, "security": [["apiKey"]], "env": { "apiKey": "FREDDY_API_KEY" } };

/** Options of the Aitronos client (Aitronos API). */
export interface AitronosOptions extends ClientOptions {
  /** API key, sent in the `X-API-Key` header. @default process.env.FREDDY_API_KEY */
  apiKey?: Credential;
}

/** Client for Aitronos API. */
export class Aitronos extends BaseClient {
  readonly crewManagementMembers: CrewManagementMembers;

  constructor(options: AitronosOptions = {}) {
    super(options, definition);
    this.crewManagementMembers = new CrewManagementMembers(this.transport);
  }
}
