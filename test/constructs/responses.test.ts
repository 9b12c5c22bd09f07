// Responses over real HTTP: several success statuses, `default`, 204, binary downloads.
import { describe, expect, it } from "vitest";
import { type APIError, InternalServerError, NotFoundError } from "../../src/runtime/index.js";
import { BinaryDownload } from "./generated/binary-download/index.js";
import { DefaultResponse } from "./generated/default-response/index.js";
import { Empty204 } from "./generated/empty-204/index.js";
import { MultipleSuccess } from "./generated/multiple-success/index.js";
import { onlyRequest, rejectionOf, useServers } from "./helpers.js";

const { serve, serveRaw } = useServers();
const BYTES = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0xc3, 0x28, 0x80]);

describe("several success statuses", () => {
  it("returns the 200 body or the 201 body, whichever the server sends", async () => {
    const target = await serve([
      { status: 200, body: { id: "t1", name: "n" } },
      { status: 201, body: { id: "t2", created: true } },
    ]);
    const client = new MultipleSuccess({ baseUrl: target.url });
    expect(await client.things.upsertThing("t1", { name: "n" })).toEqual({ id: "t1", name: "n" });
    expect(await client.things.upsertThing("t2", { name: "n" })).toEqual({ id: "t2", created: true });
    expect(target.requests.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual([
      'PUT /things/t1 {"name":"n"}',
      'PUT /things/t2 {"name":"n"}',
    ]);
  });

  it("200 with a body or 204 without one: the body, or undefined", async () => {
    const target = await serve([{ status: 200, body: { id: "t1", name: "n" } }, { status: 204 }]);
    const client = new MultipleSuccess({ baseUrl: target.url });
    expect(await client.things.findThing("t1")).toEqual({ id: "t1", name: "n" });
    expect(await client.things.findThing("t1")).toBeUndefined();
  });
});

describe("default response", () => {
  it("without a 2xx response, a 2xx answer is decoded as the `default` body", async () => {
    const target = await serve([{ status: 200, body: { up: true } }]);
    expect(await new DefaultResponse({ baseUrl: target.url }).meta.getStatus()).toEqual({ up: true });
    expect(onlyRequest(target).url).toBe("/status");
  });

  it("a non-2xx answer still throws, even where `default` is the success type", async () => {
    const target = await serve([{ status: 404, body: { up: false } }]);
    const error = await rejectionOf(new DefaultResponse({ baseUrl: target.url, maxRetries: 0 }).meta.getStatus());
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as APIError).body).toEqual({ up: false });
  });

  it("next to a 200, `default` describes errors: a 500 throws with that body", async () => {
    const target = await serve([{ status: 500, body: { message: "boom" } }]);
    const error = await rejectionOf(new DefaultResponse({ baseUrl: target.url, maxRetries: 0 }).meta.getVersion());
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as APIError).body).toEqual({ message: "boom" });
    expect((error as APIError).message).toBe("500 boom");
  });
});

describe("204 No Content", () => {
  it("resolves to undefined, also when the server names a JSON content type", async () => {
    const target = await serve([{ status: 204 }, { status: 204, headers: { "content-type": "application/json" } }]);
    const client = new Empty204({ baseUrl: target.url });
    expect(await client.things.deleteThing("t1")).toBeUndefined();
    expect(await client.things.ping({ at: "now" })).toBeUndefined();
    expect(target.requests.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual(["DELETE /things/t1 ", 'POST /ping {"at":"now"}']);
  });

  it("a 404 next to the 204 throws NotFoundError with the body", async () => {
    const target = await serve([{ status: 404, body: { message: "no such thing" } }]);
    const error = await rejectionOf(new Empty204({ baseUrl: target.url, maxRetries: 0 }).things.deleteThing("t9"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as APIError).body).toEqual({ message: "no such thing" });
  });
});

describe("binary downloads", () => {
  it("application/octet-stream: a Blob with the exact bytes", async () => {
    const target = await serveRaw([{ status: 200, headers: { "content-type": "application/octet-stream" }, body: BYTES }]);
    const blob = await new BinaryDownload({ baseUrl: target.url }).blobs.getBlob("k/1");
    expect(blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(BYTES);
    expect(onlyRequest(target).url).toBe("/blobs/k%2F1");
  });

  it("image/png: a Blob with the exact bytes", async () => {
    const target = await serveRaw([{ status: 200, headers: { "content-type": "image/png" }, body: BYTES }]);
    const blob = await new BinaryDownload({ baseUrl: target.url }).blobs.getAvatar("u1");
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.size).toBe(BYTES.length);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(BYTES);
    expect(onlyRequest(target).url).toBe("/avatars/u1");
  });

  it("an empty binary body is an empty Blob", async () => {
    const target = await serveRaw([{ status: 200, headers: { "content-type": "application/octet-stream", "content-length": "0" } }]);
    const blob = await new BinaryDownload({ baseUrl: target.url }).blobs.getBlob("empty");
    expect(blob).toBeInstanceOf(Blob);
    expect(blob.size).toBe(0);
  });
});
