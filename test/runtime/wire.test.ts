/**
 * What the transport puts on the wire now that it calls `fetch(url, init)` itself: headers
 * merged by name whatever their case, a body sent with the type it was given, and requests
 * the platform refuses to build reported as programming errors, as before. Real node:http
 * servers on 127.0.0.1.
 */
import { describe, expect, it } from "vitest";
import { APIConnectionError, ClientError } from "../../src/core/errors.js";
import { rejectionOf, transportFor, useScriptedServers } from "../helpers/runtime.js";
import type { ScriptedReply } from "../helpers/server.js";

const { serve } = useScriptedServers();

const OK: ScriptedReply = { status: 200, body: { ok: true } };

describe("headers", () => {
  it("sends one value for a header the client and the call spell in different cases: the call's", async () => {
    const target = await serve([OK]);
    const transport = transportFor(target, { headers: { "X-Team": "client", accept: "text/plain" } });

    await transport.request("GET", "/items", {}, { headers: { "x-team": "call" } });

    const headers = target.requests[0]?.headers;
    expect(headers?.["x-team"]).toBe("call");
    // The operation's Accept is the call's too, and wins over the client's default headers.
    expect(headers?.accept).toBe("application/json");
  });
});

describe("bodies", () => {
  it("sends a Blob under a wildcard media type with the Blob's own type, never as JSON", async () => {
    const target = await serve([OK, OK]);
    const transport = transportFor(target);

    await transport.request("PUT", "/avatar", { body: new Blob([new Uint8Array([1, 2, 3])], { type: "image/png" }), requestType: "image/*" });
    await transport.request("PUT", "/avatar", { body: new Blob([new Uint8Array([1, 2, 3])]), requestType: "image/*" });

    expect(target.requests[0]?.headers["content-type"]).toBe("image/png");
    expect(target.requests[1]?.headers["content-type"]).toBeUndefined();
    expect(target.requests[1]?.body).toBe("\u0001\u0002\u0003");
  });
});

describe("requests fetch refuses to build", () => {
  it("a GET with a body is a ClientError at once: nothing sent, nothing retried", async () => {
    const target = await serve([OK]);
    const started = performance.now();

    const error = await rejectionOf(transportFor(target).request("GET", "/items", { body: { q: 1 } }));

    expect(error).toBeInstanceOf(ClientError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/^Could not build the request: /);
    expect(performance.now() - started).toBeLessThan(200);
    expect(target.requests).toHaveLength(0);
  });

  it("a base URL that does not parse is a ClientError, not a connection error to retry", async () => {
    const error = await rejectionOf(transportFor({ url: "http://exa mple.invalid" }).request("GET", "/items", {}));

    expect(error).toBeInstanceOf(ClientError);
    expect(error).not.toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/^Could not build the request: /);
  });
});
