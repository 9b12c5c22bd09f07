/**
 * Transport against a real HTTP server on 127.0.0.1: retries, timeouts, aborts, path encoding,
 * body handling and typed errors, observed from both ends of the connection.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../../src/core/errors.js";
import { rejectionOf, transportFor } from "../helpers/runtime.js";
import { type ScriptedReply, type ReplyHandler, startServer, type TestServer } from "../helpers/server.js";

let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(script: ScriptedReply[] | ReplyHandler): Promise<TestServer> {
  server = await startServer(script);
  return server;
}

/** Lets a test measure how long a call took, in ms. */
function stopwatch(): () => number {
  const start = performance.now();
  return () => performance.now() - start;
}

/** A retryable failure that asks for only a few ms of waiting, to keep retry tests fast. */
function quickFailure(status: number): ScriptedReply {
  return { status, headers: { "retry-after-ms": "5" }, body: { message: `failure ${status}` } };
}

const OK: ScriptedReply = { status: 200, body: { ok: true } };

describe("retries", () => {
  it("obeys x-should-retry from the server: true retries a 400, false stops a 503", async () => {
    const target = await serve([
      { status: 400, headers: { "x-should-retry": "true", "retry-after-ms": "1" } },
      OK,
      { status: 503, headers: { "x-should-retry": "false" } },
    ]);
    const transport = transportFor(target);

    expect(await transport.request("GET", "/items", {})).toEqual({ ok: true });
    expect(await rejectionOf(transport.request("GET", "/items", {}))).toBeInstanceOf(InternalServerError);
    expect(target.requests).toHaveLength(3);
  });

  it("keeps the method rule under x-should-retry: true: a POST is not repeated", async () => {
    const target = await serve([{ status: 500, headers: { "x-should-retry": "true", "retry-after-ms": "1" } }, OK]);

    expect(await rejectionOf(transportFor(target).request("POST", "/items", { body: {} }))).toBeInstanceOf(InternalServerError);
    expect(target.requests).toHaveLength(1);
  });

  it("retries a 500 once and returns the 200 that follows", async () => {
    const target = await serve([quickFailure(500), OK]);

    const data = await transportFor(target).request("GET", "/items", {});

    expect(data).toEqual({ ok: true });
    expect(target.requests).toHaveLength(2);
  });

  it("backs off exponentially between retries when the server gives no wait", async () => {
    const target = await serve([{ status: 503 }, { status: 503 }, OK]);

    await transportFor(target).request("GET", "/items", {});

    const [first, second, third] = target.requests.map((request) => request.receivedAt);
    const firstGap = second! - first!;
    const secondGap = third! - second!;
    // Pinned jitter makes the steps 250 ms and 500 ms; the upper bounds tell a doubling apart from a fixed wait.
    expect(firstGap).toBeGreaterThanOrEqual(245);
    expect(firstGap).toBeLessThan(450);
    expect(secondGap).toBeGreaterThanOrEqual(495);
    expect(secondGap).toBeLessThan(800);
  });

  it("waits as long as Retry-After (seconds) asks", async () => {
    const target = await serve([{ status: 429, headers: { "retry-after": "1" } }, OK]);
    const elapsed = stopwatch();

    await transportFor(target).request("GET", "/items", {});

    expect(elapsed()).toBeGreaterThanOrEqual(990);
    expect(target.requests).toHaveLength(2);
  });

  it("waits as long as retry-after-ms asks, instead of its own backoff", async () => {
    const target = await serve([{ status: 503, headers: { "retry-after-ms": "120" } }, OK]);

    await transportFor(target).request("GET", "/items", {});

    const gap = target.requests[1]!.receivedAt - target.requests[0]!.receivedAt;
    expect(gap).toBeGreaterThanOrEqual(115);
    // The transport's own first backoff would be 250 ms with the pinned jitter.
    expect(gap).toBeLessThan(240);
  });

  it("throws a 429 whose Retry-After exceeds 60 s at once, carrying retryAfterMs", async () => {
    const target = await serve([{ status: 429, headers: { "retry-after": "61" }, body: { message: "slow down" } }, OK]);
    const elapsed = stopwatch();

    const error = await rejectionOf(transportFor(target).request("GET", "/items", {}));

    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 61_000, message: "429 slow down" });
    expect(target.requests).toHaveLength(1);
    expect(elapsed()).toBeLessThan(500);
  });

  it("gives up after maxRetries and throws the last error", async () => {
    const target = await serve(() => quickFailure(503));

    const error = await rejectionOf(transportFor(target, { maxRetries: 2 }).request("GET", "/items", {}));

    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503 });
    expect(target.requests).toHaveLength(3);
  });

  it("lets a call override maxRetries", async () => {
    const target = await serve(() => quickFailure(503));

    await rejectionOf(transportFor(target, { maxRetries: 2 }).request("GET", "/items", {}, { maxRetries: 0 }));

    expect(target.requests).toHaveLength(1);
  });

  it("does not retry a POST that got a 500, since repeating it could repeat its effect", async () => {
    const target = await serve([quickFailure(500), OK]);

    const error = await rejectionOf(transportFor(target).request("POST", "/items", { body: { name: "x" } }));

    expect(error).toBeInstanceOf(InternalServerError);
    expect(target.requests).toHaveLength(1);
  });

  it("retries a PUT that got a 500, sending the same body again", async () => {
    const target = await serve([quickFailure(500), OK]);

    await transportFor(target).request("PUT", "/items/{id}", { path: { id: "7" }, body: { name: "x" } });

    expect(target.requests.map((request) => [request.method, request.url, request.body])).toEqual([
      ["PUT", "/items/7", '{"name":"x"}'],
      ["PUT", "/items/7", '{"name":"x"}'],
    ]);
  });

  it("retries a 409 for PUT (lock contention)", async () => {
    const target = await serve([quickFailure(409), OK]);

    await transportFor(target).request("PUT", "/items/{id}", { path: { id: "7" }, body: {} });

    expect(target.requests).toHaveLength(2);
  });

  it("does not retry a status that will not change, such as 400", async () => {
    const target = await serve([{ status: 400, headers: { "retry-after-ms": "5" } }, OK]);

    await rejectionOf(transportFor(target).request("GET", "/items", {}));

    expect(target.requests).toHaveLength(1);
  });

  it("retries a PUT whose connection was closed before any response", async () => {
    const target = await serve([{ fault: "destroy" }, OK]);

    const data = await transportFor(target).request("PUT", "/items/{id}", { path: { id: "7" }, body: {} });

    expect(data).toEqual({ ok: true });
    expect(target.requests).toHaveLength(2);
  });

  it("retries a GET whose body was cut off by a connection reset", async () => {
    const target = await serve([{ fault: "reset-mid-body", partialBody: '{"ok":' }, OK]);

    const data = await transportFor(target).request("GET", "/items", {});

    expect(data).toEqual({ ok: true });
    expect(target.requests).toHaveLength(2);
  });

  it("reports a reset connection on a POST as APIConnectionError without retrying", async () => {
    const target = await serve([{ fault: "reset-mid-body", partialBody: '{"ok":' }, OK]);

    const error = await rejectionOf(transportFor(target).request("POST", "/items", { body: {} }));

    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(target.requests).toHaveLength(1);
  });

  it("reports a refused connection as APIConnectionError", async () => {
    const closed = await startServer([]);
    await closed.close();

    const error = await rejectionOf(transportFor(closed, { maxRetries: 0 }).request("GET", "/items", {}));

    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/^Connection error: /);
  });
});

describe("timeouts", () => {
  it("ends a request the server never answers with APIConnectionTimeoutError, on time", async () => {
    const target = await serve([{ fault: "stall" }]);
    const elapsed = stopwatch();

    const error = await rejectionOf(transportFor(target, { timeout: 200, maxRetries: 0 }).request("GET", "/items", {}));

    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toBe("Request timed out after 200 ms.");
    expect(elapsed()).toBeGreaterThanOrEqual(195);
    expect(elapsed()).toBeLessThan(700);
  });

  it("counts reading the body: a stall mid-body times out too", async () => {
    const target = await serve([{ fault: "stall-mid-body", partialBody: '{"items": [1, 2' }]);
    const elapsed = stopwatch();

    const error = await rejectionOf(transportFor(target, { timeout: 200, maxRetries: 0 }).request("GET", "/items", {}));

    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(elapsed()).toBeLessThan(700);
  });

  it("lets a call override the timeout", async () => {
    const target = await serve([{ fault: "stall" }]);
    const elapsed = stopwatch();

    const error = await rejectionOf(transportFor(target, { timeout: 5_000, maxRetries: 0 }).request("GET", "/items", {}, { timeout: 100 }));

    expect(error.message).toBe("Request timed out after 100 ms.");
    expect(elapsed()).toBeLessThan(600);
  });

  it("retries a GET that timed out, with a fresh timeout for the next attempt", async () => {
    const target = await serve([{ fault: "stall" }, OK]);

    const data = await transportFor(target, { timeout: 200 }).request("GET", "/items", {});

    expect(data).toEqual({ ok: true });
    expect(target.requests).toHaveLength(2);
  });
});

describe("aborts", () => {
  it("ends an in-flight request with APIUserAbortError and does not retry it", async () => {
    const target = await serve([{ fault: "stall" }, OK]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const elapsed = stopwatch();

    const error = await rejectionOf(transportFor(target).request("GET", "/items", {}, { signal: controller.signal }));

    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(elapsed()).toBeLessThan(500);
    expect(target.requests).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const target = await serve([OK]);

    const error = await rejectionOf(transportFor(target).request("GET", "/items", {}, { signal: AbortSignal.abort() }));

    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(target.requests).toHaveLength(0);
  });

  it("ends a backoff wait at once when the caller aborts", async () => {
    // No Retry-After and no jitter: the backoff would last the full 500 ms.
    const target = await serve([{ status: 503 }, OK]);
    const controller = new AbortController();
    let abortedAt = 0;
    const transport = transportFor(target, {
      random: () => 0,
      // Abort shortly after the 503 has been turned into an error, i.e. while the transport waits.
      onAPIError: () => {
        setTimeout(() => {
          abortedAt = performance.now();
          controller.abort();
        }, 50);
      },
    });

    const error = await rejectionOf(transport.request("GET", "/items", {}, { signal: controller.signal }));

    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(abortedAt).toBeGreaterThan(0);
    expect(performance.now() - abortedAt).toBeLessThan(100);
    expect(target.requests).toHaveLength(1);
  });
});

describe("path parameters", () => {
  it("percent-encodes a value with slashes and dots so that it stays one segment", async () => {
    const target = await serve([OK]);

    await transportFor(target).request("GET", "/items/{id}", { path: { id: "a/../b" } });

    expect(target.requests[0]!.url).toBe("/items/a%2F..%2Fb");
  });

  it("percent-encodes spaces, non-ASCII and percent signs", async () => {
    const target = await serve([OK]);

    await transportFor(target).request("GET", "/items/{id}", { path: { id: "a b/ü%2E" } });

    expect(target.requests[0]!.url).toBe("/items/a%20b%2F%C3%BC%252E");
  });

  it.each([
    { name: "double dot", value: ".." },
    { name: "single dot", value: "." },
    { name: "empty string", value: "" },
  ])("refuses a $name before sending anything", async ({ value }) => {
    const target = await serve([OK]);

    const error = await rejectionOf(transportFor(target).request("GET", "/items/{id}", { path: { id: value } }));

    expect(error).toBeInstanceOf(ClientError);
    // Exactly ClientError: neither a server answer nor a connection problem.
    expect(error.name).toBe("ClientError");
    expect(error.message).toContain('Path parameter "id"');
    expect(target.requests).toHaveLength(0);
  });
});

describe("request building", () => {
  it("serializes the query and sends a JSON body with its content-type", async () => {
    const target = await serve([OK]);

    await transportFor(target).request("POST", "/items", { query: { q: "a&b", limit: 2 }, body: { role: "owner" } });

    const [request] = target.requests;
    expect(request!.url).toBe("/items?q=a%26b&limit=2");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request!.body)).toEqual({ role: "owner" });
  });

  it("lets per-call headers win over the client's headers", async () => {
    const target = await serve([OK]);
    const transport = transportFor(target, { headers: { "x-team": "client", "x-client-only": "yes" } });

    await transport.request("GET", "/items", {}, { headers: { "x-team": "call" } });

    expect(target.requests[0]!.headers).toMatchObject({ "x-team": "call", "x-client-only": "yes" });
  });

  it("reports a request that cannot be built as a programming error, without retrying it", async () => {
    // A header value with a newline can never be sent; waiting and retrying cannot help.
    const target = await serve([OK]);
    const elapsed = stopwatch();

    const error = await rejectionOf(transportFor(target).request("GET", "/items", { header: { "x-trace": "a\nb" } }));

    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(elapsed()).toBeLessThan(200);
    expect(target.requests).toHaveLength(0);
  });
});

describe("response bodies", () => {
  it("resolves a 204 to undefined", async () => {
    const target = await serve([{ status: 204, headers: { "content-type": "application/json" } }]);

    await expect(transportFor(target).request("DELETE", "/items/{id}", { path: { id: "7" } })).resolves.toBeUndefined();
  });

  it("resolves an empty 200 to undefined", async () => {
    const target = await serve([{ status: 200, headers: { "content-type": "application/json" } }]);

    await expect(transportFor(target).request("GET", "/items", {})).resolves.toBeUndefined();
  });

  it("returns a non-JSON body as text", async () => {
    const target = await serve([{ status: 200, body: "plain words" }]);

    await expect(transportFor(target).request("GET", "/items", {})).resolves.toBe("plain words");
  });

  it("parses JSON with a +json media type", async () => {
    const target = await serve([{ status: 200, headers: { "content-type": "application/vnd.api+json" }, body: '{"a":1}' }]);

    await expect(transportFor(target).request("GET", "/items", {})).resolves.toEqual({ a: 1 });
  });

  it("turns malformed JSON in a 200 into an APIError carrying the raw text, not retried", async () => {
    const raw = '{"items": [1, 2';
    const target = await serve([{ status: 200, headers: { "content-type": "application/json" }, body: raw }, OK]);

    const error = await rejectionOf(transportFor(target).request("GET", "/items", {}));

    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200, body: raw, message: "200 invalid JSON in response body" });
    expect(target.requests).toHaveLength(1);
  });
});

describe("error responses", () => {
  it.each([
    { status: 400, ErrorClass: BadRequestError },
    { status: 401, ErrorClass: AuthenticationError },
    { status: 403, ErrorClass: PermissionDeniedError },
    { status: 404, ErrorClass: NotFoundError },
    { status: 409, ErrorClass: ConflictError },
    { status: 422, ErrorClass: UnprocessableEntityError },
    { status: 429, ErrorClass: RateLimitError },
    { status: 500, ErrorClass: InternalServerError },
    { status: 502, ErrorClass: InternalServerError },
    { status: 418, ErrorClass: APIError },
  ])("$status becomes $ErrorClass.name with status, body, message and request id", async ({ status, ErrorClass }) => {
    const body = { message: "it went wrong" };
    const target = await serve([{ status, headers: { "x-request-id": `req_${status}` }, body }]);
    const seenByHook: APIError[] = [];
    const transport = transportFor(target, { maxRetries: 0, onAPIError: (error) => seenByHook.push(error) });

    const error = await rejectionOf(transport.request("GET", "/items", {}));

    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.name).toBe(ErrorClass.name);
    expect(error).toMatchObject({ status, body, message: `${status} it went wrong`, requestId: `req_${status}` });
    expect(seenByHook).toEqual([error]);
  });

  it.each([
    { name: "nested error.message", reply: { status: 400, body: { error: { message: "bad field" } } }, expected: "400 bad field" },
    { name: "string error", reply: { status: 400, body: { error: "bad field" } }, expected: "400 bad field" },
    { name: "string detail", reply: { status: 404, body: { detail: "Not here" } }, expected: "404 Not here" },
    {
      name: "validation detail list",
      reply: { status: 422, body: { detail: [{ msg: "field required" }] } },
      expected: '422 [{"msg":"field required"}]',
    },
    { name: "plain text", reply: { status: 403, body: "  go away \n" }, expected: "403 go away" },
    { name: "no body: the status text", reply: { status: 404 }, expected: "404 Not Found" },
  ])("takes the message from $name", async ({ reply, expected }) => {
    const target = await serve([reply]);

    const error = await rejectionOf(transportFor(target, { maxRetries: 0 }).request("GET", "/items", {}));

    expect(error.message).toBe(expected);
  });

  it("reads the request id from request-id when x-request-id is absent", async () => {
    const target = await serve([{ status: 404, headers: { "request-id": "req_fallback" } }]);

    const error = await rejectionOf(transportFor(target).request("GET", "/items", {}));

    expect(error).toMatchObject({ requestId: "req_fallback" });
  });
});
