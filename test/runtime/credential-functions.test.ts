/**
 * Credential options given as functions: called and awaited on every attempt, their values
 * redacted like fixed ones, and the refresh-on-401 recipe of docs/errors-and-retries.md.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { AuthenticationError, ClientError } from "../../src/core/errors.js";
import type { AitronosOptions, ModboxOptions } from "../../src/index.js";
import { Modbox } from "../../src/modbox.js";
import type { Credential } from "../../src/runtime/index.js";
import { rejectionOf, useScriptedServers } from "../helpers/runtime.js";

const { serve } = useScriptedServers();

const update = (client: Modbox) => client.workspaces.updateWorkspaceMemberRole("ws_1", "usr_1", { role: "admin" }, { timeout: 2_000 });

describe("credential functions", () => {
  it("calls a token function on every attempt and sends what it returns, awaited", async () => {
    const server = await serve([
      { status: 503, headers: { "retry-after-ms": "1" } },
      { status: 200, body: { ok: true } },
    ]);
    let calls = 0;
    const client = new Modbox({ baseUrl: server.url, token: async () => `rotating-token-${++calls}` });

    await update(client);

    expect(server.requests.map((request) => request.headers.authorization)).toEqual(["Bearer rotating-token-1", "Bearer rotating-token-2"]);
  });

  it("redacts a value a function returned from error messages", async () => {
    const server = await serve([{ status: 401, body: { message: "token fn-secret-token-9 is revoked" } }]);
    const client = new Modbox({ baseUrl: server.url, token: () => "fn-secret-token-9" });

    const error = await rejectionOf(update(client));

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe("401 token [redacted] is revoked");
  });

  it("throws what the function throws, and refuses a value that is not a string, before sending", async () => {
    const server = await serve([]);
    const failed = new Error("vault unreachable");
    const throwing = new Modbox({
      baseUrl: server.url,
      token: () => {
        throw failed;
      },
    });
    expect(await rejectionOf(update(throwing))).toBe(failed);

    const wrong = new Modbox({ baseUrl: server.url, token: (() => 42) as unknown as () => string });
    expect(await rejectionOf(update(wrong))).toBeInstanceOf(ClientError);
    expect(server.requests).toHaveLength(0);
  });

  it("types every credential option as a value or a function of one", () => {
    expectTypeOf<ModboxOptions["token"]>().toEqualTypeOf<Credential | undefined>();
    expectTypeOf<AitronosOptions["apiKey"]>().toEqualTypeOf<Credential | undefined>();
    expectTypeOf<() => Promise<string>>().toExtend<Credential>();
    // @ts-expect-error -- a function must give a string
    new Modbox({ token: () => 42 });
  });
});

describe("the refresh-on-401 recipe (docs/errors-and-retries.md)", () => {
  it("refreshes the token once on a 401 and replays the call with the new token and the same body", async () => {
    const server = await serve((request) =>
      request.headers.authorization === "Bearer fresh-token" ? { status: 200, body: { ok: true } } : { status: 401, body: { message: "expired" } },
    );
    let token = "expired-token";
    let refreshes = 0;
    const refreshToken = async () => {
      refreshes++;
      return "fresh-token";
    };

    // As in the docs.
    const client = new Modbox({ baseUrl: server.url, token: () => token });
    client.use({
      async onResponse({ request, response }) {
        if (response.status !== 401) return undefined;
        token = await refreshToken();
        const headers = new Headers(request.headers);
        headers.set("Authorization", `Bearer ${token}`);
        return fetch(new Request(request, { headers }));
      },
    });

    expect(await update(client)).toEqual({ ok: true });
    expect(refreshes).toBe(1);
    expect(server.requests.map((request) => [request.headers.authorization, request.body])).toEqual([
      ["Bearer expired-token", '{"role":"admin"}'],
      ["Bearer fresh-token", '{"role":"admin"}'],
    ]);
    // The next call carries the fresh token from the start.
    await update(client);
    expect(server.requests[2]?.headers.authorization).toBe("Bearer fresh-token");
  });

  it("replays only once: a second 401 is the caller's AuthenticationError", async () => {
    const server = await serve(() => ({ status: 401, body: { message: "no" } }));
    const client = new Modbox({ baseUrl: server.url, token: () => "still-bad" });
    client.use({
      onResponse: ({ request, response }) => (response.status === 401 ? fetch(new Request(request)) : undefined),
    });

    expect(await rejectionOf(update(client))).toBeInstanceOf(AuthenticationError);
    expect(server.requests).toHaveLength(2);
  });
});
