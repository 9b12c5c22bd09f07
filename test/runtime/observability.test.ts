/**
 * What SDK users expect beyond the data: log lines (off by default, credentials redacted), the
 * raw Response through `.withResponse()`, the server's request id on errors, and client
 * defaults that one call can override. Real node:http servers on 127.0.0.1.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { Aitronos } from "../../src/aitronos.js";
import { APIError, ClientError, PermissionDeniedError } from "../../src/core/errors.js";
import { Modbox } from "../../src/modbox.js";
import { APIPromise, type Logger, type WithResponse } from "../../src/runtime/index.js";
import { SecurityAll } from "../constructs/generated/security-all/index.js";
import { useScriptedServers } from "../helpers/runtime.js";
import type { ScriptedReply } from "../helpers/server.js";

const { serve } = useScriptedServers();

/** A logger that keeps every line with its level. */
function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (message: string, ...details: unknown[]) => {
      lines.push(`${level} ${message}${details.length > 0 ? ` ${JSON.stringify(details)}` : ""}`);
    };
  return { lines, error: keep("error"), warn: keep("warn"), info: keep("info"), debug: keep("debug") };
}

const ORG = "org_abc123";
const USER = "usr_abc123";
const MEMBER = { success: true, message: "ok", user_id: USER, organization_id: ORG, role_id: "role_member_001" };
const SECRET = "sk-live-logging-secret";

describe("logging", () => {
  it("logs nothing by default, not even to console", async () => {
    const server = await serve([{ status: 200, body: MEMBER }]);
    const logger = recordingLogger();
    const client = new Aitronos({ baseUrl: server.url, apiKey: SECRET, logger });

    await client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" });

    expect(logger.lines).toEqual([]);
  });

  it("at info, logs method, URL, status, attempt and timing of each call", async () => {
    const server = await serve([{ status: 200, headers: { "x-request-id": "req-42" }, body: MEMBER }]);
    const logger = recordingLogger();
    const client = new Aitronos({ baseUrl: server.url, apiKey: SECRET, logger, logLevel: "info" });

    await client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" });

    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(
      new RegExp(`^info Aitronos: PUT ${server.url}/v1/organizations/org_abc123/users/usr_abc123 → 200 in \\d+ ms \\(attempt 1/3\\) \\[request id req-42\\]$`),
    );
  });

  it("at warn, logs each retry with its wait, and the final failure at error", async () => {
    const retry: ScriptedReply = { status: 503, headers: { "retry-after-ms": "5" }, body: { message: "busy" } };
    const server = await serve([retry, retry, retry]);
    const logger = recordingLogger();
    const client = new Modbox({ baseUrl: server.url, token: "mb-token-secret", logger, logLevel: "warn" });

    await expect(client.workspaces.updateWorkspaceMemberRole("w", "u", { role: "admin" })).rejects.toThrow(APIError);

    expect(logger.lines.map((line) => line.replace(/\d+ ms \(/, "N ms ("))).toEqual([
      `warn Modbox: PUT ${server.url}/workspaces/w/members/u → 503 in N ms (attempt 1/3); retrying in 5 ms`,
      `warn Modbox: PUT ${server.url}/workspaces/w/members/u → 503 in N ms (attempt 2/3); retrying in 5 ms`,
      `error Modbox: PUT ${server.url}/workspaces/w/members/u → 503 in N ms (attempt 3/3): 503 busy`,
    ]);
  });

  it("logs a connection failure by the error's name", async () => {
    const server = await serve([{ fault: "destroy" }]);
    const logger = recordingLogger();
    const client = new Aitronos({ baseUrl: server.url, apiKey: SECRET, logger, logLevel: "error", maxRetries: 0 });

    await expect(client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" })).rejects.toThrow();

    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^error Aitronos: PUT .* → APIConnectionError in \d+ ms \(attempt 1\/1\): Connection error/);
  });

  it("never logs a credential, not even one sent in the query string", async () => {
    const server = await serve([{ status: 400, body: { message: `bad key q+secret/1 or ${SECRET}` } }]);
    const logger = recordingLogger();
    const client = new SecurityAll({ baseUrl: server.url, apiKey: SECRET, cookieKey: "cookie-secret-1", queryKey: "q+secret/1", logger, logLevel: "debug" });

    await expect(client.account.getMe()).rejects.toThrow();

    const text = logger.lines.join("\n");
    expect(logger.lines[0]).toMatch(/^debug SecurityAll: GET .*\/me\?key=\[redacted\] \(attempt 1\/3\) request headers \[\{.*"X-Key":"\[redacted\]".*\}\]$/);
    expect(logger.lines[0]).toContain('"Cookie":"[redacted]"');
    expect(server.requests[0]?.url).toBe("/me?key=q%2Bsecret%2F1");
    expect(text).toContain("key=[redacted]");
    expect(text).not.toContain("q%2Bsecret%2F1");
    expect(text).not.toContain("q+secret/1");
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain("cookie-secret-1");
  });

  it("rejects an unknown logLevel in the constructor, naming it", () => {
    expect(() => new Aitronos({ apiKey: SECRET, logLevel: "verbose" as never })).toThrow(ClientError);
    expect(() => new Aitronos({ apiKey: SECRET, logLevel: "verbose" as never })).toThrow(
      /logLevel must be one of "off", "error", "warn", "info", "debug"; got "verbose"/,
    );
  });
});

describe(".withResponse()", () => {
  it("gives the parsed data and the raw Response with its headers", async () => {
    const server = await serve([{ status: 200, headers: { "x-ratelimit-remaining": "41", "x-request-id": "req-7" }, body: MEMBER }]);
    const client = new Aitronos({ baseUrl: server.url, apiKey: SECRET });

    const call = client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" });
    const { data, response } = await call.withResponse();

    expect(call).toBeInstanceOf(APIPromise);
    expect(data).toEqual(MEMBER);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-ratelimit-remaining")).toBe("41");
    expect(response.headers.get("x-request-id")).toBe("req-7");
    expect(server.requests).toHaveLength(1);
  });

  it("sends one request whether the call is awaited, asked for its response, or both", async () => {
    const server = await serve([{ status: 200, body: MEMBER }]);
    const client = new Aitronos({ baseUrl: server.url, apiKey: SECRET });

    const call = client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" });
    const [data, withResponse] = await Promise.all([call, call.withResponse()]);

    expect(data).toEqual(MEMBER);
    expect(withResponse.data).toBe(data);
    expect(server.requests).toHaveLength(1);
  });

  it("rejects with the same typed error as awaiting the call", async () => {
    const server = await serve([
      { status: 403, headers: { "x-request-id": "req-403" }, body: { success: false, error: { code: "FORBIDDEN", message: "no" } } },
    ]);
    const client = new Aitronos({ baseUrl: server.url, apiKey: SECRET });

    const error = await client.crewManagementMembers
      .updateMember(ORG, USER, { role_id: "r" })
      .withResponse()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as APIError).requestId).toBe("req-403");
  });

  it("is typed: data as the method's response type, response as Response", () => {
    const client = new Aitronos({ apiKey: SECRET });
    const call = () => client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" });
    type Data = Awaited<ReturnType<typeof call>>;
    expectTypeOf(call).returns.toEqualTypeOf<APIPromise<Data>>();
    expectTypeOf<ReturnType<ReturnType<typeof call>["withResponse"]>>().toEqualTypeOf<Promise<WithResponse<Data>>>();
    expectTypeOf<Data["role_id"]>().toBeString();
  });
});

describe("request ids on errors", () => {
  it.each([
    ["x-request-id", 404],
    ["request-id", 500],
  ])("carries the server's %s on a %i", async (header, status) => {
    const server = await serve([{ status, headers: { [header]: "id-123" }, body: { message: "nope" } }]);
    const client = new Aitronos({ baseUrl: server.url, apiKey: SECRET, maxRetries: 0 });

    const error = (await client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" }).catch((caught: unknown) => caught)) as APIError;

    expect(error.requestId).toBe("id-123");
  });
});

describe("per-client defaults, overridden per call", () => {
  it("a call's headers, timeout and maxRetries win over the client's for that call only", async () => {
    const server = await serve((request, index) =>
      index === 1
        ? { fault: "stall" }
        : request.headers["x-tenant"] === "call"
          ? { status: 503, headers: { "retry-after-ms": "1" } }
          : { status: 200, body: MEMBER },
    );
    const client = new Aitronos({ baseUrl: server.url, apiKey: SECRET, headers: { "x-tenant": "client" }, timeout: 10_000, maxRetries: 3 });

    await client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" });
    const started = performance.now();
    const timedOut = await client.crewManagementMembers
      .updateMember(ORG, USER, { role_id: "r" }, { timeout: 100, maxRetries: 0 })
      .catch((caught: unknown) => caught);
    const failed = await client.crewManagementMembers
      .updateMember(ORG, USER, { role_id: "r" }, { headers: { "x-tenant": "call" }, maxRetries: 1 })
      .catch((caught: unknown) => caught);

    expect(performance.now() - started).toBeLessThan(2_000);
    expect((timedOut as Error).name).toBe("APIConnectionTimeoutError");
    expect((failed as APIError).status).toBe(503);
    expect(server.requests.map((request) => request.headers["x-tenant"])).toEqual(["client", "client", "call", "call"]);
  });
});
