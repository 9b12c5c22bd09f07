// Generated from specs/modbox.yaml (sha256 4fc0a3f3e20c620cca9e73bedd87e27772e8dfbac33c2682523ff9b5ac20ebc3) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type Credential, type RequestOptions, splitParams, type Transport } from "../../src/runtime/index.js";
export type HTTPValidationError = components["schemas"]["HTTPValidationError"];
export type UpdateMemberRoleRequest = components["schemas"]["UpdateMemberRoleRequest"];
export type ValidationError = components["schemas"]["ValidationError"];
export type ValidationErrorLocItems = components["schemas"]["ValidationErrorLocItems"];
export type WorkspaceMemberResponse = components["schemas"]["WorkspaceMemberResponse"];
export type WorkspaceRole = components["schemas"]["WorkspaceRole"];
/** Body fields of PUT /workspaces/{workspace_id}/members/{target_user_id}. */
export type WorkspacesUpdateWorkspaceMemberRoleParams = UpdateMemberRoleRequest;
/** Success body of PUT /workspaces/{workspace_id}/members/{target_user_id}. */
export type WorkspacesUpdateWorkspaceMemberRoleResponse = WorkspaceMemberResponse;
/** Error body of PUT /workspaces/{workspace_id}/members/{target_user_id}, as `APIError.body`. */
export type WorkspacesUpdateWorkspaceMemberRoleError = HTTPValidationError;

/** Operations tagged `subpackage_workspaces`. */
export class Workspaces {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Update Member Role
   *
   * Change a member's role. Requires owner or admin role.
   *
   * `PUT /workspaces/{workspace_id}/members/{target_user_id}`
   * @param workspaceId `workspace_id`
   * @param targetUserId `target_user_id`
   * @throws {UnprocessableEntityError} 422 Validation Error
   */
  updateWorkspaceMemberRole(workspaceId: string, targetUserId: string, params?: WorkspacesUpdateWorkspaceMemberRoleParams, options?: RequestOptions): APIPromise<WorkspacesUpdateWorkspaceMemberRoleResponse> {
    return this.#transport.request<WorkspacesUpdateWorkspaceMemberRoleResponse>("PUT", "/workspaces/{workspace_id}/members/{target_user_id}", { path: { "workspace_id": workspaceId, "target_user_id": targetUserId }, ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "Modbox", "baseUrl": "https://api.modbox.run", "auth": [{ "kind": "bearer", "option": "token" }], "authRequired": true, "env": { "token": "MODBOX_TOKEN" } };

/** Options of the Modbox client (open-api). */
export interface ModboxOptions extends ClientOptions {
  /** Bearer token, sent as `Authorization: Bearer <token>`. @default process.env.MODBOX_TOKEN */
  token?: Credential;
}

/** Client for open-api. */
export class Modbox extends BaseClient {
  readonly workspaces: Workspaces;

  constructor(options: ModboxOptions = {}) {
    super(options, definition);
    this.workspaces = new Workspaces(this.transport);
  }
}
