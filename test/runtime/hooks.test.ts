/**
 * Hooks (`client.use`): openapi-fetch's middleware shape, run on every attempt with the real
 * Request and Response, against a node:http server.
 */
import createClient, { type Middleware } from "openapi-fetch";
import { describe, expect, expectTypeOf, it } from "vitest";
import { APIConnectionError, ClientError } from "../../src/core/errors.js";
import { Modbox } from "../../src/modbox.js";
import type { Hooks } from "../../src/runtime/index.js";
import { rejectionOf, transportFor, useScriptedServers } from "../helpers/runtime.js";

const { serve } = useScriptedServers();

describe("client.use", () => {
  it("runs onRequest and onResponse on every attempt, with the operation's schemaPath and params", async () => {
    const server = await serve([
      { status: 503, headers: { "retry-after-ms": "1" } },
      { status: 200, body: { ok: true } },
    ]);
    const client = new Modbox({ baseUrl: server.url, token: "mb-token" });
    const seen: string[] = [];
    client.use({
      onRequest({ request, schemaPath, params }) {
        seen.push(`${request.method} ${new URL(request.url).pathname} ${schemaPath} ${JSON.stringify(params.path)} ${request.headers.get("authorization")}`);
        request.headers.set("x-attempt", String(seen.length));
      },
      onResponse({ response }) {
        seen.push(`status ${response.status}`);
      },
    });

    const data = await client.workspaces.updateWorkspaceMemberRole("ws_1", "usr_1", { role: "admin" });

    expect(data).toEqual({ ok: true });
    const request = "PUT /workspaces/ws_1/members/usr_1 /workspaces/{workspace_id}/members/{target_user_id}";
    const params = JSON.stringify({ workspace_id: "ws_1", target_user_id: "usr_1" });
    expect(seen).toEqual([`${request} ${params} Bearer mb-token`, "status 503", `${request} ${params} Bearer mb-token`, "status 200"]);
    expect(server.requests.map((sent) => sent.headers["x-attempt"])).toEqual(["1", "3"]);
    // The body a hook leaves alone is sent as it was, on the retry too.
    expect(server.requests.map((sent) => JSON.parse(sent.body))).toEqual([{ role: "admin" }, { role: "admin" }]);
  });

  it("sends the Request onRequest returns, body included, and reads the Response onResponse returns", async () => {
    const server = await serve([{ status: 200, body: { from: "server" } }]);
    const transport = transportFor(server);
    transport.use({
      onRequest: ({ request }) => new Request(`${request.url}?signed=1`, { method: "POST", headers: request.headers, body: "replaced" }),
      onResponse: async ({ response }) => new Response(JSON.stringify({ wrapped: await response.json() }), { headers: { "content-type": "application/json" } }),
    });

    const data = await transport.request("POST", "/items", { body: { original: true } });

    expect(data).toEqual({ wrapped: { from: "server" } });
    expect(server.requests[0]?.url).toBe("/items?signed=1");
    expect(server.requests[0]?.body).toBe("replaced");
  });

  it("answers from onRequest's Response without sending, and runs onRequest hooks in order, onResponse in reverse", async () => {
    const server = await serve([]);
    const transport = transportFor(server);
    const order: string[] = [];
    transport.use(
      { onRequest: () => void order.push("request 1"), onResponse: () => void order.push("response 1") },
      { onRequest: () => void order.push("request 2"), onResponse: () => void order.push("response 2") },
      { onRequest: () => Response.json({ cached: true }) },
    );

    expect(await transport.request("GET", "/items", {})).toEqual({ cached: true });
    expect(order).toEqual(["request 1", "request 2", "response 2", "response 1"]);
    expect(server.requests).toHaveLength(0);
  });

  it("tells onError of a failed fetch; a Response it returns is the answer, an Error it returns is thrown unretried", async () => {
    const server = await serve([{ fault: "destroy" }, { fault: "destroy" }]);
    const recovering = transportFor(server, { maxRetries: 0 });
    const errors: unknown[] = [];
    recovering.use({
      onError: ({ error }) => {
        errors.push(error);
        return Response.json({ fallback: true });
      },
    });
    expect(await recovering.request("GET", "/items", {})).toEqual({ fallback: true });
    expect(errors[0]).toBeInstanceOf(TypeError);

    const replacing = transportFor(server, { maxRetries: 2 });
    const mine = new Error("mine");
    replacing.use({ onError: () => mine });
    expect(await rejectionOf(replacing.request("GET", "/items", {}))).toBe(mine);
    expect(server.requests).toHaveLength(2);
  });

  it("leaves an unanswered fetch failure to the transport: retried, then APIConnectionError", async () => {
    const server = await serve([{ fault: "destroy" }, { fault: "destroy" }]);
    const transport = transportFor(server, { maxRetries: 1, random: () => 0.999_999 });
    let calls = 0;
    transport.use({ onError: () => void calls++ });

    const error = await rejectionOf(transport.request("GET", "/items", {}));

    expect(error).toBeInstanceOf(APIConnectionError);
    expect(calls).toBe(2);
  });

  it("throws what a hook throws, as it is, without retrying", async () => {
    const server = await serve([{ status: 500 }, { status: 500 }]);
    const transport = transportFor(server);
    const thrown = new Error("hook broke");
    transport.use({
      onResponse: () => {
        throw thrown;
      },
    });

    expect(await rejectionOf(transport.request("GET", "/items", {}))).toBe(thrown);
    expect(server.requests).toHaveLength(1);
  });

  it("accepts openapi-fetch's own Middleware, and refuses what is no hook", async () => {
    const server = await serve([{ status: 200, body: { ok: true } }]);
    const middleware: Middleware = {
      onRequest({ request }) {
        request.headers.set("x-from-middleware", "yes");
        return request;
      },
    };
    // The same object works with openapi-fetch's client and ours.
    createClient({ baseUrl: server.url }).use(middleware);
    const client = new Modbox({ baseUrl: server.url, token: "mb-token" }).use(middleware);
    await client.workspaces.updateWorkspaceMemberRole("ws_1", "usr_1", { role: "admin" });
    expect(server.requests[0]?.headers["x-from-middleware"]).toBe("yes");

    expectTypeOf<Middleware>().toEqualTypeOf<Hooks>();
    // @ts-expect-error -- a hook object needs one of onRequest, onResponse, onError
    expect(() => client.use({})).toThrow(ClientError);
  });

  it("stops running a hook once ejected", async () => {
    const server = await serve([
      { status: 200, body: {} },
      { status: 200, body: {} },
    ]);
    const transport = transportFor(server);
    let calls = 0;
    const hook: Hooks = { onRequest: () => void calls++ };
    transport.use(hook);
    await transport.request("GET", "/items", {});
    transport.eject(hook);
    await transport.request("GET", "/items", {});
    expect(calls).toBe(1);
  });
});
