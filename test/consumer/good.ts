// Consumer fixture: compiled by test/build.test.ts against the built package (dist/ via the
// package's "exports" map), exactly as an installed "api-clients" would be. Must compile.
import { Aitronos, AitronosError, APIError, Modbox, ModboxError, type RequestOptions } from "api-clients";
import type { UpdateMemberRoleRequest, UpdateMemberRoleResponse } from "api-clients/aitronos";
import type { ValidationError, WorkspaceMemberResponse, WorkspaceRole } from "api-clients/modbox";
import { BaseClient, ClientError, type ClientOptions } from "api-clients/runtime";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(_proof?: T): void {}

export async function updateWorkspaceRole(token: string, workspaceId: string, targetUserId: string): Promise<WorkspaceMemberResponse> {
  const member = await new Modbox({ token }).workspaces.updateWorkspaceMemberRole(workspaceId, targetUserId, { role: "owner" });
  assertType<Equal<typeof member, WorkspaceMemberResponse>>();
  const role: WorkspaceRole = member.role;
  return { ...member, role };
}

export async function updateOrganizationMember(apiKey: string): Promise<UpdateMemberRoleResponse> {
  const body: UpdateMemberRoleRequest = { role_id: "role_member_001" };
  const options: RequestOptions = { signal: AbortSignal.timeout(5_000), timeout: 1_000, maxRetries: 0, headers: { "x-trace": "1" } };
  const updated = await new Aitronos({ apiKey }).crewManagementMembers.updateMember("org_abc123", "usr_abc123", body, options);
  assertType<Equal<typeof updated, UpdateMemberRoleResponse>>();
  const roleName: string = updated.role_name;
  return { ...updated, role_name: roleName };
}

export function describe(err: unknown): string {
  if (err instanceof AitronosError) {
    assertType<Equal<typeof err.code, string | undefined>>();
    assertType<Equal<typeof err.type, string | undefined>>();
    assertType<Equal<typeof err.traceId, string | undefined>>();
    const body = err.body;
    const message = typeof body === "object" && body !== undefined ? body.error.message : body;
    return `${err.status} ${err.code ?? ""} ${err.traceId ?? ""} ${message ?? ""}`;
  }
  if (err instanceof ModboxError) {
    const detail: ValidationError[] | undefined = err.detail;
    assertType<Equal<typeof err.detail, ValidationError[] | undefined>>();
    return `${err.status} ${detail?.map((problem) => problem.msg).join("; ") ?? ""}`;
  }
  if (err instanceof APIError) return `${err.status}`;
  if (err instanceof ClientError) return err.message;
  return String(err);
}

export const clientOptions: ClientOptions = { baseUrl: "http://localhost:4010", timeout: 1_000, maxRetries: 1, headers: {} };
export const isClient: boolean = new Modbox({ token: "x", ...clientOptions }) instanceof BaseClient;
