/**
 * Attempts reuse abort controllers (src/runtime/attempt-controllers.ts). What must hold whatever
 * the reuse: a timeout still ends the request it belongs to on the wire, and only that one; a
 * controller that was aborted is never used again; no listener piles up on a reused signal.
 */
import type { IncomingMessage } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APIConnectionTimeoutError } from "../../src/core/errors.js";
import { type AttemptController, AttemptControllers } from "../../src/runtime/attempt-controllers.js";
import { type Loopback, listenOnLoopback } from "../helpers/loopback.js";
import { rejectionOf, transportFor } from "../helpers/runtime.js";

let server: Loopback;
/** Requests to /hang: the server never answers them, and notes when their connection closes. */
let hanging: { request: IncomingMessage; closed: Promise<void> }[];
let warnings: Error[];
const onWarning = (warning: Error) => warnings.push(warning);

beforeEach(async () => {
  hanging = [];
  warnings = [];
  process.on("warning", onWarning);
  server = await listenOnLoopback((request, response) => {
    if (request.url === "/hang") {
      hanging.push({ request, closed: new Promise((resolve) => request.socket.once("close", () => resolve())) });
      return;
    }
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ path: request.url }));
    });
  });
});

afterEach(async () => {
  process.off("warning", onWarning);
  await server.close();
});

describe("attempts on reused controllers", () => {
  it("still end a timed-out request on the wire after hundreds of calls, and the next call succeeds", async () => {
    // Only the stalled call has a short timeout: on a busy machine a quick call may take a while.
    const transport = transportFor(server, { timeout: 10_000, maxRetries: 0 });
    for (let i = 0; i < 300; i++) expect(await transport.request("PUT", "/ok", { body: { i } })).toEqual({ path: "/ok" });

    const error = await rejectionOf(transport.request("GET", "/hang", {}, { timeout: 300 }));

    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(hanging).toHaveLength(1);
    // The abort reached the socket: the server sees the connection go, not a request left hanging.
    await hanging[0]?.closed;
    expect(await transport.request("GET", "/ok", {})).toEqual({ path: "/ok" });
  });

  it("time out only the call that stalled when many run at once", async () => {
    const transport = transportFor(server, { timeout: 10_000, maxRetries: 0 });
    // Warm the pool, so that the concurrent calls below run on reused controllers.
    for (let i = 0; i < 20; i++) await transport.request("GET", "/ok", {});

    const calls = Array.from({ length: 12 }, (_, i) => (i === 5 ? "/hang" : "/ok")).map((path) =>
      transport.request("GET", path, {}, path === "/hang" ? { timeout: 300 } : {}).then(
        (data) => ({ data }),
        (error: unknown) => ({ error }),
      ),
    );
    const results = await Promise.all(calls);

    expect(results.filter((result) => "error" in result)).toEqual([{ error: expect.any(APIConnectionTimeoutError) }]);
    expect(results.filter((result) => "data" in result)).toHaveLength(11);
  });

  it("print no MaxListenersExceededWarning, even through a fetch that leaves a listener on every signal", async () => {
    // A wrapper that listens for aborts itself and never stops (undici would raise the signal's
    // limit if it were given the signal): with a new signal per attempt that is harmless, and a
    // reused signal must stay under Node's warning threshold of 10 listeners.
    const leakyFetch: typeof fetch = (input, init) => {
      init?.signal?.addEventListener("abort", () => {});
      return fetch(input, { ...init, signal: null });
    };
    const transport = transportFor(server, { fetch: leakyFetch });
    for (let i = 0; i < 200; i++) await transport.request("GET", "/ok", {});
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((warning) => `${warning.name}: ${warning.message}`)).toEqual([]);
  });
});

describe("AttemptControllers", () => {
  it("never hands out an aborted controller again", () => {
    const controllers = new AttemptControllers();
    const first = controllers.take();
    first.controller.abort();
    controllers.giveBack(first);
    const next = controllers.take();
    expect(next).not.toBe(first);
    expect(next.controller.signal.aborted).toBe(false);
  });

  it("reuses a controller a bounded number of times, then makes a new one", () => {
    const controllers = new AttemptControllers();
    const seen = new Set<AttemptController>();
    for (let i = 0; i < 100; i++) {
      const taken = controllers.take();
      seen.add(taken);
      controllers.giveBack(taken);
    }
    // 100 attempts one after another: a handful of controllers, each used many times.
    expect(seen.size).toBeGreaterThan(1);
    expect(seen.size).toBeLessThan(20);
    for (const taken of seen) expect(taken.uses).toBeLessThanOrEqual(8);
  });

  it("gives each of several attempts running at once a controller of its own", () => {
    const controllers = new AttemptControllers();
    const running = Array.from({ length: 10 }, () => controllers.take());
    expect(new Set(running.map((taken) => taken.controller)).size).toBe(10);
  });
});
