/**
 * A misbehaving network and hostile servers, against real node:http servers on 127.0.0.1; a
 * second server on another port plays another origin. Complements transport.test.ts (resets,
 * timeouts, aborts, backoff) with redirects, opt-in retries, concurrency, large bodies and
 * credential hygiene, through the generated clients users call.
 */
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { Aitronos, AitronosError } from "../../src/aitronos.js";
import { APIConnectionError, APIError, ClientError, InternalServerError, RateLimitError } from "../../src/core/errors.js";
import { Modbox } from "../../src/modbox.js";
import { splitParams } from "../../src/runtime/params.js";
import { SecurityAll } from "../constructs/generated/security-all/index.js";
import { rejectionOf, transportFor, useScriptedServers } from "../helpers/runtime.js";
import type { ScriptedReply } from "../helpers/server.js";

const { serve } = useScriptedServers();

const ORG = "org_abc123";
const USER = "usr_abc123";
const MEMBER_BODY = { success: true, message: "ok", user_id: USER, organization_id: ORG, role_id: "role_member_001" };
const quick = (status: number, headers: Record<string, string> = {}): ScriptedReply => ({
  status,
  headers: { "retry-after-ms": "5", ...headers },
  body: { message: `failure ${status}` },
});

describe("redirects", () => {
  it("never carries X-API-Key to another origin (Aitronos, 303 after a PUT)", async () => {
    const other = await serve([{ status: 200, body: MEMBER_BODY }]);
    const first = await serve([{ status: 303, headers: { location: `${other.url}/landed` } }]);
    const client = new Aitronos({ baseUrl: first.url, apiKey: "sk-live-secret-key" });

    const result = await client.crewManagementMembers.updateMember(ORG, USER, { role_id: "role_member_001" });

    expect(result).toEqual(MEMBER_BODY);
    expect(first.requests[0]?.headers["x-api-key"]).toBe("sk-live-secret-key");
    const landed = other.requests[0];
    expect(landed?.url).toBe("/landed");
    expect(landed?.method).toBe("GET");
    expect(landed?.headers["x-api-key"]).toBeUndefined();
    expect(landed?.body).toBe("");
  });

  it("refuses a 307 or 308 that would send the request body to another origin, naming it; nothing reaches it", async () => {
    for (const status of [307, 308]) {
      const other = await serve([{ status: 200, body: MEMBER_BODY }]);
      const first = await serve([{ status, headers: { location: `${other.url}/landed` } }]);
      const client = new Aitronos({ baseUrl: first.url, apiKey: "sk-live-secret-key" });

      const error = await rejectionOf(client.crewManagementMembers.updateMember(ORG, USER, { role_id: "role_member_001" }));

      expect(error).toBeInstanceOf(APIConnectionError);
      expect(error.message).toBe(`Redirect not followed: a ${status} to ${other.url} would send the PUT request's body to another origin; refused`);
      expect(first.requests).toHaveLength(1);
      expect(other.requests).toHaveLength(0);
    }
  });

  it("never carries Authorization to another origin (Modbox bearer token, 303 to a GET)", async () => {
    const other = await serve([{ status: 200, body: { ok: true } }]);
    const first = await serve([{ status: 303, headers: { location: `${other.url}/elsewhere` } }]);
    const client = new Modbox({ baseUrl: first.url, token: "mb-secret-token" });

    await client.workspaces.updateWorkspaceMemberRole("ws_1", "usr_1", { role: "admin" });

    expect(first.requests[0]?.headers.authorization).toBe("Bearer mb-secret-token");
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("drops every credential the spec defines: cookies, its own apiKey header names, and keeps the rest", async () => {
    const other = await serve([{ status: 200, body: ["i"] }]);
    const first = await serve([{ status: 302, headers: { location: `${other.url}/items` } }]);
    const client = new SecurityAll({
      baseUrl: first.url,
      apiKey: "header-secret",
      cookieKey: "cookie-secret",
      queryKey: "query-secret",
      headers: { "x-trace": "keep-me" },
    });

    await client.account.listItems({ limit: 2, theme: "dark" });

    const sent = first.requests[0]?.headers;
    expect(sent?.["x-key"]).toBe("header-secret");
    expect(sent?.cookie).toContain("sid=cookie-secret");
    expect(first.requests[0]?.url).toContain("key=query-secret");
    const landed = other.requests[0];
    expect(landed?.headers["x-key"]).toBeUndefined();
    expect(landed?.headers.cookie).toBeUndefined();
    expect(landed?.headers.authorization).toBeUndefined();
    expect(landed?.url).toBe("/items");
    expect(landed?.headers["x-trace"]).toBe("keep-me");
  });

  it("keeps credentials on a redirect within the same origin", async () => {
    const server = await serve((request) =>
      request.url.startsWith("/moved") ? { status: 200, body: MEMBER_BODY } : { status: 307, headers: { location: "/moved" } },
    );
    const client = new Aitronos({ baseUrl: server.url, apiKey: "sk-live-secret-key" });

    await client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" });

    expect(server.requests.map((request) => request.headers["x-api-key"])).toEqual(["sk-live-secret-key", "sk-live-secret-key"]);
  });

  it("turns a POST answered with 303 into a GET without a body, as browsers do", async () => {
    const server = await serve((request) => (request.url === "/done" ? { status: 200, body: { ok: true } } : { status: 303, headers: { location: "/done" } }));

    const result = await transportFor(server).request("POST", "/submit", { body: { a: 1 } });

    expect(result).toEqual({ ok: true });
    expect(server.requests.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual(['POST /submit {"a":1}', "GET /done "]);
    expect(server.requests[1]?.headers["content-type"]).toBeUndefined();
  });

  it("ends a redirect loop after 20 hops with APIConnectionError, without retrying it", async () => {
    const server = await serve(() => ({ status: 302, headers: { location: "/loop" } }));

    const error = await rejectionOf(transportFor(server).request("GET", "/loop", {}));

    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/more than 20 redirects/);
    expect(server.requests).toHaveLength(21);
  });

  it("refuses a redirect to a non-HTTP scheme", async () => {
    const server = await serve([{ status: 302, headers: { location: "file:///etc/passwd" } }]);

    const error = await rejectionOf(transportFor(server).request("GET", "/x", {}));

    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/file: URL refused/);
  });
});

describe("retries by status and method", () => {
  it.each([408, 409, 429, 500, 502, 503, 504])("retries a GET answered %i, then returns the 200", async (status) => {
    const server = await serve([quick(status), { status: 200, body: { ok: true } }]);

    expect(await transportFor(server).request("GET", "/r", {})).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it.each(["POST", "PATCH"] as const)("does not retry a %s answered 503 unless the caller opts in", async (method) => {
    const server = await serve([quick(503), { status: 200, body: { ok: true } }]);

    const error = await rejectionOf(transportFor(server).request(method, "/w", { body: {} }));

    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it.each(["POST", "PATCH"] as const)("retries a %s when the call opts in with retryNonIdempotent", async (method) => {
    const server = await serve([quick(503), { status: 200, body: { ok: true } }]);

    const result = await transportFor(server).request(method, "/w", { body: { n: 1 } }, { retryNonIdempotent: true });

    expect(result).toEqual({ ok: true });
    expect(server.requests.map((request) => request.body)).toEqual(['{"n":1}', '{"n":1}']);
  });

  it("retries a POST whose connection was reset when the client opts in, and not otherwise", async () => {
    const optedIn = await serve([{ fault: "destroy" }, { status: 200, body: { ok: true } }]);
    expect(await transportFor(optedIn, { retryNonIdempotent: true }).request("POST", "/w", { body: {} })).toEqual({ ok: true });
    expect(optedIn.requests).toHaveLength(2);

    const plain = await serve([{ fault: "destroy" }, { status: 200, body: { ok: true } }]);
    expect(await rejectionOf(transportFor(plain).request("POST", "/w", { body: {} }))).toBeInstanceOf(APIConnectionError);
    expect(plain.requests).toHaveLength(1);
  });

  it("never returns partial data from a body cut off mid-way, and retries the GET", async () => {
    const server = await serve([
      { fault: "reset-mid-body", status: 200, headers: { "content-type": "application/json" }, partialBody: '{"items":[1,2,' },
      { status: 200, body: { items: [1, 2, 3] } },
    ]);

    expect(await transportFor(server).request("GET", "/items", {})).toEqual({ items: [1, 2, 3] });
  });

  it("a body cut off on every attempt ends in APIConnectionError, never a bare SyntaxError", async () => {
    const cut: ScriptedReply = { fault: "reset-mid-body", status: 200, headers: { "content-type": "application/json" }, partialBody: '{"items":[1,' };
    const server = await serve([cut, cut, cut]);

    const error = await rejectionOf(transportFor(server).request("GET", "/items", {}));

    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(server.requests).toHaveLength(3);
  });
});

describe("Retry-After", () => {
  it("honours Retry-After as an HTTP date", async () => {
    // HTTP dates have whole seconds: ask for a retry 2 s ahead, so at least 1 s is left to wait.
    const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 2000).toUTCString();
    const server = await serve([
      { status: 503, headers: { "retry-after": at }, body: "busy" },
      { status: 200, body: { ok: true } },
    ]);

    expect(await transportFor(server).request("GET", "/d", {})).toEqual({ ok: true });
    const waited = (server.requests[1]?.receivedAt ?? 0) - (server.requests[0]?.receivedAt ?? 0);
    expect(waited).toBeGreaterThan(900);
    expect(waited).toBeLessThan(3_500);
  });

  it("does not wait for a 503 asking for more than 60 s: the typed error carries retryAfterMs", async () => {
    const server = await serve([{ status: 503, headers: { "retry-after": "120" }, body: { message: "maintenance" } }]);
    const started = performance.now();

    const error = await rejectionOf(transportFor(server).request("GET", "/m", {}));

    expect(performance.now() - started).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as APIError).retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
  });

  it("a 429 with retry-after-ms over 60 s is a RateLimitError carrying it", async () => {
    const server = await serve([{ status: 429, headers: { "retry-after-ms": "90000" }, body: { message: "slow down" } }]);

    const error = await rejectionOf(transportFor(server).request("GET", "/m", {}));

    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as APIError).retryAfterMs).toBe(90_000);
  });
});

describe("bodies servers should not send", () => {
  it("an HTML 502 page becomes a typed error carrying the raw text", async () => {
    const page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const reply: ScriptedReply = { status: 502, headers: { "content-type": "text/html", "retry-after-ms": "1" }, body: page };
    const server = await serve([reply, reply, reply]);

    const error = await rejectionOf(transportFor(server).request("GET", "/g", {}));

    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as APIError).status).toBe(502);
    expect((error as APIError).body).toBe(page);
  });

  it("malformed JSON in a 200 becomes an APIError carrying the raw text, through a generated client", async () => {
    const server = await serve([{ status: 200, headers: { "content-type": "application/json", "x-request-id": "req-9" }, body: '{"success": tru' }]);
    const client = new Aitronos({ baseUrl: server.url, apiKey: "sk-live-secret-key" });

    const error = await rejectionOf(client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" }));

    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(AitronosError);
    expect((error as APIError).body).toBe('{"success": tru');
    expect((error as APIError).requestId).toBe("req-9");
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("a 204 resolves to undefined even when the server sends a content-type", async () => {
    const server = await serve([{ status: 204, headers: { "content-type": "application/json" } }]);

    expect(await transportFor(server).request("DELETE", "/x", {})).toBeUndefined();
  });

  it("parses a 50 MB JSON response", async () => {
    const row = { id: "x".repeat(80), n: 1 };
    const rows = Array.from({ length: 560_000 }, () => row);
    const body = JSON.stringify(rows);
    expect(body.length).toBeGreaterThan(50_000_000);
    const server = await serve([{ status: 200, headers: { "content-type": "application/json" }, body }]);

    const result = await transportFor(server, { timeout: 30_000 }).request<typeof rows>("GET", "/big", {});

    expect(result).toHaveLength(560_000);
    expect(result[559_999]).toEqual(row);
  }, 30_000);
});

describe("one AbortSignal shared by many calls", () => {
  it("200 concurrent calls get their own answers and leave no listeners behind", async () => {
    const server = await serve((request) => ({ status: 200, body: { echo: request.url } }));
    const transport = transportFor(server);
    const controller = new AbortController();

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        transport.request<{ echo: string }>("GET", "/items/{id}", { path: { id: String(index) } }, { signal: controller.signal }),
      ),
    );

    expect(results.map((result) => result.echo)).toEqual(Array.from({ length: 200 }, (_, index) => `/items/${index}`));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("holds one listener on it while 50 calls are in flight and waiting to retry, and prints no MaxListenersExceededWarning", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const server = await serve((request) => (request.url.endsWith("/again") ? quick(503) : { status: 200, body: {} }));
      const stalled = await serve(() => ({ fault: "stall" }));
      const controller = new AbortController();
      const inFlight = Array.from({ length: 50 }, () => rejectionOf(transportFor(stalled).request("GET", "/s", {}, { signal: controller.signal })));
      while (stalled.requests.length < 50) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(getEventListeners(controller.signal, "abort")).toHaveLength(1);
      controller.abort();
      await Promise.all(inFlight);

      const shared = new AbortController();
      // Every call's retry waits share the signal too (sleep between attempts).
      await Promise.all(
        Array.from({ length: 50 }, () => rejectionOf(transportFor(server, { maxRetries: 1 }).request("GET", "/again", {}, { signal: shared.signal }))),
      );
      expect(getEventListeners(shared.signal, "abort")).toHaveLength(0);
      // Node emits warnings on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual([]);
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("aborting it ends every call in flight, and no listener is left", async () => {
    const server = await serve([]);
    const stalled = await serve(() => ({ fault: "stall" }));
    const transport = transportFor(stalled);
    const controller = new AbortController();

    const calls = Array.from({ length: 50 }, () => rejectionOf(transport.request("GET", "/s", {}, { signal: controller.signal })));
    while (stalled.requests.length < 50) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const errors = await Promise.all(calls);

    expect(errors.every((error) => error.name === "APIUserAbortError")).toBe(true);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    expect(server.requests).toHaveLength(0);
  });
});

describe("path values", () => {
  it("percent-encodes ?, #, %, spaces, slashes and unicode so that each stays one segment", async () => {
    const server = await serve([{ status: 200, body: MEMBER_BODY }]);
    const client = new Aitronos({ baseUrl: server.url, apiKey: "sk-live-secret-key" });

    await client.crewManagementMembers.updateMember("a?b#c", "d/e %f ü", { role_id: "r" });

    expect(server.requests[0]?.url).toBe("/v1/organizations/a%3Fb%23c/users/d%2Fe%20%25f%20%C3%BC");
  });

  it.each([
    ["empty", ""],
    ["dot", "."],
    ["dot-dot", ".."],
    ["undefined", undefined],
  ])("rejects an %s path value before anything is sent", async (_name, value) => {
    const server = await serve([]);
    const client = new Aitronos({ baseUrl: server.url, apiKey: "sk-live-secret-key" });

    const error = await rejectionOf(client.crewManagementMembers.updateMember(ORG, value as string, { role_id: "r" }));

    expect(error).toBeInstanceOf(ClientError);
    expect(error.message).toMatch(/Path parameter "user_id"/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("parameter names from a spec", () => {
  it("percent-encodes query and cookie names, so that = & # ; cannot split them", async () => {
    const server = await serve([{ status: 200, body: {} }]);

    await transportFor(server).request("GET", "/q", { query: { "a=b&c#d": "v 1" }, cookie: { "s;id=": "x" } });

    expect(server.requests[0]?.url).toBe("/q?a%3Db%26c%23d=v%201");
    expect(server.requests[0]?.headers.cookie).toBe("s%3Bid%3D=x");
  });

  it("treats __proto__, toString and constructor as parameters, never as Object's own members", async () => {
    const server = await serve([{ status: 200, body: {} }]);
    const params = JSON.parse('{"__proto__": "p", "constructor": "c"}') as Record<string, unknown>;
    const input = splitParams(params, { query: ["__proto__", "constructor", "toString"], body: "none" });

    await transportFor(server).request("GET", "/q", input);

    expect(server.requests[0]?.url).toBe("/q?__proto__=p&constructor=c");
  });
});

describe("credentials never appear in errors", () => {
  const SECRET = "sk-live-very-secret-key";

  function everyTextOf(error: Error): string {
    const cause = error.cause instanceof Error ? `${error.cause.message}\n${String(error.cause)}` : String(error.cause ?? "");
    return `${error.message}\n${String(error)}\n${error.stack ?? ""}\n${cause}`;
  }

  it("not in the error for a key that cannot be sent as a header", async () => {
    const server = await serve([]);
    const client = new Aitronos({ baseUrl: server.url, apiKey: `${SECRET}\nX-Injected: 1` });

    const error = await rejectionOf(client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" }));

    expect(error).toBeInstanceOf(ClientError);
    expect(everyTextOf(error)).not.toContain(SECRET);
    expect(everyTextOf(error)).toContain("[redacted]");
    expect(server.requests).toHaveLength(0);
  });

  it("not in the error when the server echoes the rejected key in its message", async () => {
    const server = await serve([{ status: 401, body: { error: { message: `invalid key ${SECRET}` } } }]);
    const client = new Aitronos({ baseUrl: server.url, apiKey: SECRET });

    const error = await rejectionOf(client.crewManagementMembers.updateMember(ORG, USER, { role_id: "r" }));

    expect(error.message).toBe("401 invalid key [redacted]");
    expect(String(error)).not.toContain(SECRET);
  });

  it("not in the error for a bearer token, basic password or query key", async () => {
    const server = await serve([{ status: 403, body: { message: "Bearer mb-secret-token-1 is not allowed" } }]);
    const client = new Modbox({ baseUrl: server.url, token: "mb-secret-token-1" });

    const error = await rejectionOf(client.workspaces.updateWorkspaceMemberRole("w", "u", { role: "admin" }));

    expect(String(error)).not.toContain("mb-secret-token-1");
    const queried = await serve([{ status: 400, body: { message: "key=query-secret-1 expired" } }]);
    const all = new SecurityAll({ baseUrl: queried.url, apiKey: "h-secret-1", cookieKey: "c-secret-1", queryKey: "query-secret-1" });
    const queryError = await rejectionOf(all.account.getMe());
    expect(String(queryError)).toBe("BadRequestError: 400 key=[redacted] expired");
  });
});
