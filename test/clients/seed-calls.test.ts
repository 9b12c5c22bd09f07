// The seed pages' calls, end to end over real HTTP: against a node:http server that checks
// every byte our clients send, and against Prism serving the real spec as an independent judge.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Aitronos, AitronosError, APIError, ClientError, Modbox, ModboxError, PermissionDeniedError, UnprocessableEntityError } from "../../src/index.js";
import { startPrism, type PrismServer } from "../helpers/prism.js";
import { type ScriptedReply, startServer, type TestServer } from "../helpers/server.js";

const WORKSPACE_ID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

const MEMBER = {
  added_by: "usr_owner",
  created_at: "2025-12-22T15:30:00Z",
  id: "0b6f4a9e-2f6c-4d52-9a53-1f2a3b4c5d6e",
  role: "owner",
  user_id: "target_user_id",
  workspace_id: WORKSPACE_ID,
};
const VALIDATION_ERROR = { detail: [{ loc: ["body", "role"], msg: "Input should be 'owner', 'admin', 'member' or 'viewer'", type: "enum" }] };
// The page's documented examples, verbatim.
const AITRONOS_OK = {
  success: true,
  message: "Member role updated successfully",
  id: "orgusr_abc123def456",
  user_id: "usr_xyz789",
  role_id: "role_member_001",
  role_name: "Member",
};
const AITRONOS_FORBIDDEN = {
  success: false,
  error: {
    code: "INSUFFICIENT_PERMISSIONS",
    message: "You don't have permission to access this resource",
    system_message: "You don't have permission to access this resource",
    type: "authorization_error",
    status: 403,
    details: {},
    trace_id: "req_abc123xyz",
    timestamp: "2025-12-22T15:30:00Z",
  },
};

let server: TestServer | undefined;
async function serve(replies: ScriptedReply[]): Promise<TestServer> {
  server = await startServer(replies);
  return server;
}
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => expect.unreachable(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

describe("Modbox against a local server", () => {
  it("sends the seed call as the page's curl does and returns the typed member", async () => {
    const target = await serve([{ status: 200, body: MEMBER }]);
    const modbox = new Modbox({ token: "YOUR_TOKEN_HERE", baseUrl: target.url });

    const member = await modbox.workspaces.updateWorkspaceMemberRole("workspace_id", "target_user_id", { role: "owner" });

    expect(member).toEqual(MEMBER);
    const [request] = target.requests;
    expect(target.requests).toHaveLength(1);
    expect(request?.method).toBe("PUT");
    expect(request?.url).toBe("/workspaces/workspace_id/members/target_user_id");
    expect(request?.headers.authorization).toBe("Bearer YOUR_TOKEN_HERE");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ role: "owner" });
  });

  it("turns a 422 into a typed error carrying `detail`", async () => {
    const target = await serve([{ status: 422, body: VALIDATION_ERROR, headers: { "x-request-id": "req-1" } }]);
    const modbox = new Modbox({ token: "t", baseUrl: target.url });

    const error = await rejectionOf(modbox.workspaces.updateWorkspaceMemberRole("w", "u", { role: "owner" }));

    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toBeInstanceOf(ModboxError);
    expect(error).not.toBeInstanceOf(AitronosError);
    if (!(error instanceof ModboxError)) return;
    expect(error.status).toBe(422);
    expect(error.detail).toEqual(VALIDATION_ERROR.detail);
    expect(error.detail?.[0]?.loc).toEqual(["body", "role"]);
    expect(error.requestId).toBe("req-1");
    expect(error.message).toBe('422 [{"loc":["body","role"],"msg":"Input should be \'owner\', \'admin\', \'member\' or \'viewer\'","type":"enum"}]');
  });

  it("percent-encodes path parameters, so `a/../b` can never address another path", async () => {
    const target = await serve([{ status: 200, body: MEMBER }]);
    const modbox = new Modbox({ token: "t", baseUrl: target.url });

    await modbox.workspaces.updateWorkspaceMemberRole("a/../b", "x y?#", { role: "viewer" });

    expect(target.requests[0]?.url).toBe("/workspaces/a%2F..%2Fb/members/x%20y%3F%23");
  });

  it("reads MODBOX_TOKEN when no token is passed, and refuses to send without a credential", async () => {
    const target = await serve([{ status: 200, body: MEMBER }]);
    const saved = process.env.MODBOX_TOKEN;
    try {
      process.env.MODBOX_TOKEN = "from-env";
      await new Modbox({ baseUrl: target.url }).workspaces.updateWorkspaceMemberRole("w", "u", { role: "admin" });
      expect(target.requests[0]?.headers.authorization).toBe("Bearer from-env");
      delete process.env.MODBOX_TOKEN;
      expect(() => new Modbox({ baseUrl: target.url })).toThrow(ClientError);
      expect(() => new Modbox({ baseUrl: target.url })).toThrow(/Modbox: no credentials\. Set the "token" option or the MODBOX_TOKEN environment variable/);
      expect(target.requests).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.MODBOX_TOKEN;
      else process.env.MODBOX_TOKEN = saved;
    }
  });

  it("sends client headers and per-request headers, the latter winning", async () => {
    const target = await serve([{ status: 200, body: MEMBER }]);
    const modbox = new Modbox({ token: "t", baseUrl: target.url, headers: { "x-team": "a", "x-env": "test" } });

    await modbox.workspaces.updateWorkspaceMemberRole("w", "u", { role: "member" }, { headers: { "x-team": "b" } });

    expect(target.requests[0]?.headers["x-team"]).toBe("b");
    expect(target.requests[0]?.headers["x-env"]).toBe("test");
  });

  it("retries a 500 once (PUT is idempotent) and returns the second answer", async () => {
    const target = await serve([
      { status: 500, body: { detail: "boom" }, headers: { "retry-after-ms": "5" } },
      { status: 200, body: MEMBER },
    ]);
    const member = await new Modbox({ token: "t", baseUrl: target.url }).workspaces.updateWorkspaceMemberRole("w", "u", { role: "owner" });
    expect(member.role).toBe("owner");
    expect(target.requests).toHaveLength(2);
  });
});

describe("Aitronos against a local server", () => {
  it("sends the seed call with X-API-Key and returns the typed 200 body", async () => {
    const target = await serve([{ status: 200, body: AITRONOS_OK }]);
    const client = new Aitronos({ apiKey: "your-api-key", baseUrl: target.url });

    const result = await client.crewManagementMembers.updateMember("org_abc123", "usr_abc123", { role_id: "role_member_001" });

    expect(result).toEqual(AITRONOS_OK);
    const [request] = target.requests;
    expect(request?.method).toBe("PUT");
    expect(request?.url).toBe("/v1/organizations/org_abc123/users/usr_abc123");
    expect(request?.headers["x-api-key"]).toBe("your-api-key");
    expect(request?.headers.authorization).toBeUndefined();
    expect(JSON.parse(request?.body ?? "")).toEqual({ role_id: "role_member_001" });
  });

  it("turns the documented 403 into a typed error with code, type and trace id", async () => {
    const target = await serve([{ status: 403, body: AITRONOS_FORBIDDEN }]);
    const client = new Aitronos({ apiKey: "k", baseUrl: target.url });

    const error = await rejectionOf(client.crewManagementMembers.updateMember("org_1", "usr_1", { role_id: "role_admin" }));

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toBeInstanceOf(AitronosError);
    expect(error).not.toBeInstanceOf(ModboxError);
    if (!(error instanceof AitronosError)) return;
    expect(error.status).toBe(403);
    expect(error.code).toBe("INSUFFICIENT_PERMISSIONS");
    expect(error.type).toBe("authorization_error");
    expect(error.traceId).toBe("req_abc123xyz");
    expect(error.message).toBe("403 You don't have permission to access this resource");
    expect(error.body).toEqual(AITRONOS_FORBIDDEN);
    expect(target.requests).toHaveLength(1); // 403 is not retried
  });

  it("gives undocumented statuses a typed status class with the envelope fields when present", async () => {
    const target = await serve([{ status: 404, body: { success: false, error: { ...AITRONOS_FORBIDDEN.error, code: "NOT_FOUND", status: 404 } } }]);
    const error = await rejectionOf(new Aitronos({ apiKey: "k", baseUrl: target.url }).crewManagementMembers.updateMember("org_1", "usr_1"));
    expect(error).toBeInstanceOf(APIError);
    expect(error instanceof AitronosError && error.code).toBe("NOT_FOUND");
  });

  it("reads FREDDY_API_KEY when no apiKey is passed", async () => {
    const target = await serve([{ status: 200, body: AITRONOS_OK }]);
    const saved = process.env.FREDDY_API_KEY;
    try {
      process.env.FREDDY_API_KEY = "freddy";
      await new Aitronos({ baseUrl: target.url }).crewManagementMembers.updateMember("org_1", "usr_1", {});
      expect(target.requests[0]?.headers["x-api-key"]).toBe("freddy");
      delete process.env.FREDDY_API_KEY;
      expect(() => new Aitronos({})).toThrow(/FREDDY_API_KEY/);
    } finally {
      if (saved === undefined) delete process.env.FREDDY_API_KEY;
      else process.env.FREDDY_API_KEY = saved;
    }
  });
});

describe("against Prism serving the real specs", () => {
  let modboxPrism: PrismServer;
  let aitronosPrism: PrismServer;
  beforeAll(async () => {
    [modboxPrism, aitronosPrism] = await Promise.all([startPrism("specs/modbox.yaml"), startPrism("specs/aitronos.yaml")]);
  });
  afterAll(async () => {
    await Promise.all([modboxPrism?.stop(), aitronosPrism?.stop()]);
  });

  it("accepts the Modbox seed call and answers with a member that fits the type", async () => {
    const modbox = new Modbox({ token: "YOUR_TOKEN_HERE", baseUrl: modboxPrism.url, maxRetries: 0 });
    const member = await modbox.workspaces.updateWorkspaceMemberRole(WORKSPACE_ID, "target_user_id", { role: "owner" });
    expect(Object.keys(member).sort()).toEqual(["added_by", "created_at", "id", "role", "user_id", "workspace_id"]);
    expect(["owner", "admin", "member", "viewer"]).toContain(member.role);
  });

  it("rejects a request that breaks the Modbox spec, and the client surfaces Prism's 422 as ModboxError", async () => {
    const modbox = new Modbox({ token: "t", baseUrl: modboxPrism.url, maxRetries: 0 });
    // @ts-expect-error -- deliberately outside the enum, to prove Prism judges what we send.
    const error = await rejectionOf(modbox.workspaces.updateWorkspaceMemberRole(WORKSPACE_ID, "u", { role: "superuser" }));
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toBeInstanceOf(ModboxError);
  });

  it("accepts the Aitronos seed call and answers with the documented example", async () => {
    const client = new Aitronos({ apiKey: "your-api-key", baseUrl: aitronosPrism.url, maxRetries: 0 });
    const result = await client.crewManagementMembers.updateMember("org_abc123", "usr_abc123", { role_id: "role_member_001" });
    expect(result).toEqual(AITRONOS_OK);
  });

  it("serves the documented 403 envelope, which reaches the caller as AitronosError", async () => {
    const client = new Aitronos({ apiKey: "k", baseUrl: aitronosPrism.url, maxRetries: 0, headers: { Prefer: "code=403" } });
    const error = await rejectionOf(client.crewManagementMembers.updateMember("org_abc123", "usr_abc123", { role_id: "role_member_001" }));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error instanceof AitronosError && [error.code, error.type, error.traceId]).toEqual([
      "INSUFFICIENT_PERMISSIONS",
      "authorization_error",
      "req_abc123xyz",
    ]);
  });

  it("rejects an Aitronos organization id without the org_ prefix (the pattern is in the spec)", async () => {
    const client = new Aitronos({ apiKey: "k", baseUrl: aitronosPrism.url, maxRetries: 0 });
    const error = await rejectionOf(client.crewManagementMembers.updateMember("abc123", "usr_abc123", {}));
    expect(error).toBeInstanceOf(APIError);
    expect(error instanceof APIError && error.status).toBe(422);
  });
});
