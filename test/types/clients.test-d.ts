// Type-level tests of the public facade: checked by tsc (vitest typecheck mode), never run.
// Every call sits in a function that is never invoked, so nothing touches the network.
import { describe, expectTypeOf, test } from "vitest";
import {
  Aitronos,
  AitronosError,
  type AitronosOptions,
  type APIError,
  Modbox,
  ModboxError,
  type ModboxOptions,
  type RequestOptions,
  UnprocessableEntityError,
} from "../../src/index.js";
import type { Credential } from "../../src/runtime/index.js";
import type { ErrorResponse, UpdateMemberRoleRequest as AitronosUpdateMemberRoleRequest, UpdateMemberRoleResponse } from "../../src/aitronos.js";
import type {
  HTTPValidationError,
  UpdateMemberRoleRequest as ModboxUpdateMemberRoleRequest,
  ValidationError,
  WorkspaceMemberResponse,
  WorkspaceRole,
} from "../../src/modbox.js";

declare const token: string;
declare const apiKey: string;
declare const workspaceId: string;
declare const targetUserId: string;

const modbox = () => new Modbox({ token });
const aitronos = () => new Aitronos({ apiKey });

describe("Modbox workspaces.updateWorkspaceMemberRole", () => {
  test("the seed call resolves to WorkspaceMemberResponse", () => {
    async function seed() {
      return await modbox().workspaces.updateWorkspaceMemberRole(workspaceId, targetUserId, { role: "owner" });
    }
    expectTypeOf(seed).returns.resolves.toEqualTypeOf<WorkspaceMemberResponse>();
    expectTypeOf<WorkspaceMemberResponse["role"]>().toEqualTypeOf<WorkspaceRole>();
    expectTypeOf<WorkspaceRole>().toEqualTypeOf<"owner" | "admin" | "member" | "viewer">();
  });

  test("parameters: two string path parameters, the body, then RequestOptions", () => {
    expectTypeOf<Modbox["workspaces"]["updateWorkspaceMemberRole"]>().parameter(0).toEqualTypeOf<string>();
    expectTypeOf<Modbox["workspaces"]["updateWorkspaceMemberRole"]>().parameter(1).toEqualTypeOf<string>();
    expectTypeOf<Modbox["workspaces"]["updateWorkspaceMemberRole"]>().parameter(2).toEqualTypeOf<ModboxUpdateMemberRoleRequest | undefined>();
    expectTypeOf<Modbox["workspaces"]["updateWorkspaceMemberRole"]>().parameter(3).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf<Modbox["workspaces"]["updateWorkspaceMemberRole"]>().parameters.toEqualTypeOf<
      [string, string, (ModboxUpdateMemberRoleRequest | undefined)?, (RequestOptions | undefined)?]
    >();
    expectTypeOf<ModboxUpdateMemberRoleRequest>().toEqualTypeOf<{ role: WorkspaceRole }>();
  });

  test("a role outside the enum is an error", () => {
    async function wrongRole() {
      // @ts-expect-error "superuser" is not a WorkspaceRole
      await modbox().workspaces.updateWorkspaceMemberRole(workspaceId, targetUserId, { role: "superuser" });
    }
    expectTypeOf(wrongRole).toBeFunction();
  });

  test("a missing path parameter is an error", () => {
    async function missingPathParam() {
      // @ts-expect-error the body lands in the targetUserId slot
      await modbox().workspaces.updateWorkspaceMemberRole(workspaceId, { role: "owner" });
      // @ts-expect-error both path parameters are required
      await modbox().workspaces.updateWorkspaceMemberRole();
    }
    expectTypeOf(missingPathParam).toBeFunction();
  });

  test("a misspelled body field is an error", () => {
    async function misspelled() {
      // @ts-expect-error "rol" is not a field of UpdateMemberRoleRequest
      await modbox().workspaces.updateWorkspaceMemberRole(workspaceId, targetUserId, { rol: "owner" });
    }
    expectTypeOf(misspelled).toBeFunction();
  });
});

describe("Aitronos crewManagementMembers.updateMember", () => {
  test("the seed call resolves to the typed 200 body", () => {
    async function seed() {
      return await aitronos().crewManagementMembers.updateMember("org_abc123", "usr_abc123", { role_id: "role_member_001" });
    }
    expectTypeOf(seed).returns.resolves.toEqualTypeOf<UpdateMemberRoleResponse>();
    expectTypeOf<UpdateMemberRoleResponse>().toEqualTypeOf<{
      success: boolean;
      message: string;
      id: string;
      user_id: string;
      role_id: string;
      role_name: string;
    }>();
  });

  test("parameters: two string path parameters, the optional body fields, then RequestOptions", () => {
    expectTypeOf<Aitronos["crewManagementMembers"]["updateMember"]>().parameters.toEqualTypeOf<
      [string, string, (AitronosUpdateMemberRoleRequest | undefined)?, (RequestOptions | undefined)?]
    >();
    expectTypeOf<AitronosUpdateMemberRoleRequest>().toEqualTypeOf<{ role_id?: string; status_id?: string }>();
  });

  test("a wrongly typed body field, a missing path parameter and a misspelled field are errors", () => {
    async function bad() {
      // @ts-expect-error role_id is a string
      await aitronos().crewManagementMembers.updateMember("org_abc123", "usr_abc123", { role_id: 1 });
      // @ts-expect-error the body lands in the userId slot
      await aitronos().crewManagementMembers.updateMember("org_abc123", { role_id: "role_member_001" });
      // @ts-expect-error "roleId" is not a field (the spec's field is role_id)
      await aitronos().crewManagementMembers.updateMember("org_abc123", "usr_abc123", { roleId: "role_member_001" });
    }
    expectTypeOf(bad).toBeFunction();
  });
});

describe("RequestOptions (4th argument)", () => {
  test("accepts signal, timeout, maxRetries, retryNonIdempotent and headers", () => {
    expectTypeOf<RequestOptions>().toEqualTypeOf<{
      signal?: AbortSignal;
      timeout?: number;
      maxRetries?: number;
      retryNonIdempotent?: boolean;
      headers?: Record<string, string>;
    }>();
    async function withOptions(signal: AbortSignal) {
      const options = { signal, timeout: 1_000, maxRetries: 0, headers: { "x-request-id": "abc" } };
      await modbox().workspaces.updateWorkspaceMemberRole(workspaceId, targetUserId, { role: "admin" }, options);
      await aitronos().crewManagementMembers.updateMember("org_abc123", "usr_abc123", {}, { signal, timeout: 1, maxRetries: 3, headers: {} });
    }
    expectTypeOf(withOptions).toBeFunction();
  });

  test("wrongly typed or unknown options are errors", () => {
    async function badOptions() {
      // @ts-expect-error timeout is a number of milliseconds
      await modbox().workspaces.updateWorkspaceMemberRole(workspaceId, targetUserId, { role: "owner" }, { timeout: "1" });
      // @ts-expect-error maxRetries is a number
      await aitronos().crewManagementMembers.updateMember("org_abc123", "usr_abc123", {}, { maxRetries: "2" });
      // @ts-expect-error header values are strings
      await aitronos().crewManagementMembers.updateMember("org_abc123", "usr_abc123", {}, { headers: { "x-n": 1 } });
      // @ts-expect-error "retries" is not an option
      await modbox().workspaces.updateWorkspaceMemberRole(workspaceId, targetUserId, { role: "owner" }, { retries: 1 });
    }
    expectTypeOf(badOptions).toBeFunction();
  });
});

describe("error narrowing", () => {
  test("instanceof AitronosError gives typed code, type, traceId and body", () => {
    function describeError(err: unknown) {
      if (err instanceof AitronosError) {
        expectTypeOf(err).toExtend<APIError>();
        expectTypeOf(err.code).toEqualTypeOf<string | undefined>();
        expectTypeOf(err.type).toEqualTypeOf<string | undefined>();
        expectTypeOf(err.traceId).toEqualTypeOf<string | undefined>();
        expectTypeOf(err.body).toEqualTypeOf<ErrorResponse | string | undefined>();
        expectTypeOf(err.status).toEqualTypeOf<number>();
        expectTypeOf(err.requestId).toEqualTypeOf<string | undefined>();
        if (typeof err.body === "object") {
          expectTypeOf(err.body.error.trace_id).toEqualTypeOf<string>();
          expectTypeOf(err.body.error.code).toEqualTypeOf<string>();
        }
        // @ts-expect-error detail belongs to ModboxError
        void err.detail;
      }
    }
    function unnarrowed(err: unknown) {
      // @ts-expect-error without the instanceof check, err is unknown
      void err.traceId;
    }
    expectTypeOf(describeError).toBeFunction();
    expectTypeOf(unnarrowed).toBeFunction();
  });

  test("instanceof ModboxError gives detail: ValidationError[] | undefined", () => {
    function describeError(err: unknown) {
      if (err instanceof ModboxError) {
        expectTypeOf(err).toExtend<APIError>();
        expectTypeOf(err.detail).toEqualTypeOf<ValidationError[] | undefined>();
        expectTypeOf(err.body).toEqualTypeOf<HTTPValidationError | string | undefined>();
        expectTypeOf(err.status).toEqualTypeOf<number>();
        // @ts-expect-error traceId belongs to AitronosError
        void err.traceId;
      }
    }
    function fromStatusClass(err: unknown) {
      // The shared status classes narrow too; the per-API view narrows further.
      if (err instanceof UnprocessableEntityError && err instanceof ModboxError) {
        expectTypeOf(err.detail).toEqualTypeOf<ValidationError[] | undefined>();
      }
    }
    expectTypeOf(describeError).toBeFunction();
    expectTypeOf(fromStatusClass).toBeFunction();
    expectTypeOf<ValidationError>().toEqualTypeOf<{ loc: (string | number)[]; msg: string; type: string }>();
  });
});

describe("client options", () => {
  test("Modbox accepts token", () => {
    expectTypeOf<ModboxOptions>().toHaveProperty("token").toEqualTypeOf<Credential | undefined>();
    expectTypeOf(Modbox).constructorParameters.toEqualTypeOf<[(ModboxOptions | undefined)?]>();
    const make = () => [new Modbox({ token: "t", baseUrl: "http://localhost", timeout: 1, maxRetries: 0, headers: {} }), new Modbox()];
    expectTypeOf(make).returns.toEqualTypeOf<Modbox[]>();
  });

  test("Aitronos accepts apiKey", () => {
    expectTypeOf<AitronosOptions>().toHaveProperty("apiKey").toEqualTypeOf<Credential | undefined>();
    expectTypeOf(Aitronos).constructorParameters.toEqualTypeOf<[(AitronosOptions | undefined)?]>();
    const make = () => new Aitronos({ apiKey: "k", fetch: globalThis.fetch });
    expectTypeOf(make).returns.toEqualTypeOf<Aitronos>();
  });

  test("each client rejects the other's credential option", () => {
    expectTypeOf<AitronosOptions>().not.toHaveProperty("token");
    expectTypeOf<ModboxOptions>().not.toHaveProperty("apiKey");
    function wrongCredential() {
      // @ts-expect-error Aitronos authenticates with apiKey, not token
      new Aitronos({ token: "t" });
      // @ts-expect-error Modbox authenticates with token, not apiKey
      new Modbox({ apiKey: "k" });
      // @ts-expect-error timeout is a number of milliseconds
      new Modbox({ token: "t", timeout: "1" });
    }
    expectTypeOf(wrongCredential).toBeFunction();
  });
});
