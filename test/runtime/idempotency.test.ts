/**
 * Idempotency keys: an operation declaring an `Idempotency-Key` header parameter sends a key
 * (the caller's or a generated UUID), the same on every retry, and POST/PATCH are retried.
 */
import { describe, expect, it } from "vitest";
import { InternalServerError } from "../../src/core/errors.js";
import { newIdempotencyKey } from "../../src/runtime/idempotency.js";
import { IdempotencyKey } from "../constructs/generated/idempotency-key/index.js";
import { rejectionOf, useScriptedServers } from "../helpers/runtime.js";
import type { ScriptedReply } from "../helpers/server.js";

const { serve } = useScriptedServers();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const busy: ScriptedReply = { status: 503, headers: { "retry-after-ms": "1" } };
const charge: ScriptedReply = { status: 200, body: { id: "ch_1" } };

describe("idempotency keys", () => {
  it("sends a generated key with a POST, retries it, and reuses the key on every retry", async () => {
    const server = await serve([busy, busy, charge]);
    const client = new IdempotencyKey({ baseUrl: server.url });

    expect(await client.charges.createCharge({ amount: 100 })).toEqual({ id: "ch_1" });

    const keys = server.requests.map((request) => request.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(UUID);
    expect(new Set(keys).size).toBe(1);
    expect(server.requests.map((request) => request.body)).toEqual(Array(3).fill('{"amount":100}'));
  });

  it("gives each call its own key", async () => {
    const server = await serve([charge, charge]);
    const client = new IdempotencyKey({ baseUrl: server.url });

    await client.charges.createCharge({ amount: 1 });
    await client.charges.createCharge({ amount: 1 });

    const [first, second] = server.requests.map((request) => request.headers["idempotency-key"]);
    expect(first).not.toBe(second);
  });

  it("keeps the caller's key, given as a parameter or as a header option in any case, on a retried PATCH", async () => {
    const server = await serve([busy, charge, busy, charge]);
    const client = new IdempotencyKey({ baseUrl: server.url });

    await client.charges.updateCharge("ch_1", { note: "n", "idempotency-key": "mine-1" });
    await client.charges.updateCharge("ch_1", { note: "n" }, { headers: { "IDEMPOTENCY-KEY": "mine-2" } });

    expect(server.requests.map((request) => [request.method, request.headers["idempotency-key"]])).toEqual([
      ["PATCH", "mine-1"],
      ["PATCH", "mine-1"],
      ["PATCH", "mine-2"],
      ["PATCH", "mine-2"],
    ]);
  });

  it("sends no key and does not retry a POST of an operation without the header", async () => {
    const server = await serve([busy, charge]);
    const client = new IdempotencyKey({ baseUrl: server.url });

    expect(await rejectionOf(client.charges.createRefund({ charge: "ch_1" }))).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers["idempotency-key"]).toBeUndefined();
  });

  it("makes version 4 UUIDs with getRandomValues where randomUUID is missing (insecure browser contexts)", () => {
    const randomUUID = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis.crypto), "randomUUID");
    expect(newIdempotencyKey()).toMatch(UUID);
    Object.defineProperty(globalThis.crypto, "randomUUID", { value: undefined, configurable: true });
    try {
      const keys = Array.from({ length: 100 }, () => newIdempotencyKey());
      expect(keys.every((key) => UUID.test(key))).toBe(true);
      expect(new Set(keys).size).toBe(100);
    } finally {
      Reflect.deleteProperty(globalThis.crypto, "randomUUID");
    }
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis.crypto), "randomUUID")).toEqual(randomUUID);
    expect(typeof globalThis.crypto.randomUUID).toBe("function");
  });
});
