/**
 * Stream<T> over real HTTP: a node:http server on 127.0.0.1 writes the body in pieces, pauses,
 * hangs up or goes silent; the client reads it with the platform's fetch.
 */
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, ClientError } from "../../src/core/errors.js";
import { StreamDecodeError } from "../../src/runtime/json-records.js";
import { Stream, type StreamOptions, streamFormatOf } from "../../src/runtime/stream.js";
import { collect, collectUntilError } from "../helpers/iterate.js";
import { rejectionOf } from "../helpers/runtime.js";
import { useStreamingServers, writeApart } from "../helpers/streaming-server.js";

const { serveStream } = useStreamingServers();

const SSE = { "content-type": "text/event-stream; charset=utf-8" };

/** A stream of the response to GET `url`, its request aborted by `controller` when given. */
async function open<T>(url: string, options: StreamOptions = {}): Promise<Stream<T>> {
  const response = await fetch(url, { signal: options.controller?.signal });
  return Stream.fromResponse<T>(response, options);
}

/** Multi-byte characters of 2, 3 and 4 bytes, comments, multi-line data, CRLF, [DONE], and an event after it. */
const SAMPLE = [
  ": stream opened\r\n\r\n",
  "event: greeting\r\nid: g1\r\n",
  "data: héllo\r\ndata: 🌍 wörld\r\n\r\n",
  ":heartbeat\n",
  'data: {"text":"日本語",\n',
  'data: "n":2}\n\n',
  "data: 42\n\n",
  "data: [DONE]\n\n",
  "data: never read\n\n",
].join("");
const SAMPLE_ITEMS = ["héllo\n🌍 wörld", { text: "日本語", n: 2 }, 42];

describe("server-sent events over HTTP", () => {
  it("yields the same items when the body arrives cut at every byte position", async () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    const server = await serveStream(async (_req, res, index) => {
      res.writeHead(200, SSE);
      await writeApart(res, bytes.subarray(0, index));
      res.end(bytes.subarray(index));
    });
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await collect(await open(`${server.url}/cut/${cut}`)), `cut at byte ${cut}`).toEqual(SAMPLE_ITEMS);
    }
    expect(server.requests).toHaveLength(bytes.length + 1);
  });

  it("gives the raw events with .events(): names, ids, [DONE] and what follows it", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, SSE);
      res.end(SAMPLE);
    });
    const events = await collect((await open(server.url)).events());
    expect(events).toEqual([
      { event: "greeting", data: "héllo\n🌍 wörld", id: "g1", retry: undefined },
      { event: "message", data: '{"text":"日本語",\n"n":2}', id: "g1", retry: undefined },
      { event: "message", data: "42", id: "g1", retry: undefined },
      { event: "message", data: "[DONE]", id: "g1", retry: undefined },
      { event: "message", data: "never read", id: "g1", retry: undefined },
    ]);
  });

  it("parses data as declared: json fails on text with StreamDecodeError, text keeps JSON as a string", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, SSE);
      res.end('data: {"a":1}\n\ndata: plain\n\n');
    });
    expect(await collect(await open(server.url, { data: "text" }))).toEqual(['{"a":1}', "plain"]);
    const json = await open(server.url, { data: "json" });
    const { taken: seen, error } = await collectUntilError(json);
    expect(seen).toEqual([{ a: 1 }]);
    expect(error).toBeInstanceOf(StreamDecodeError);
    expect(error.message).toBe('The data of the "message" event is not valid JSON: "plain"');
  });

  it("ends at [DONE] and lets go of the connection", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      await writeApart(res, "data: 1\n\ndata: [DONE]\n\n");
      // Never ends: only the client's cancel closes this exchange.
    });
    expect(await collect(await open(server.url))).toEqual([1]);
    await server.closed(0);
  });

  it("keeps a stream alive through heartbeats that arrive within the idle timeout", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      for (let beat = 0; beat < 8; beat++) await writeApart(res, ": ping\n\n", 40);
      res.end("data: after the heartbeats\n\n");
    });
    const started = performance.now();
    expect(await collect(await open(server.url, { idleTimeoutMs: 250 }))).toEqual(["after the heartbeats"]);
    expect(performance.now() - started).toBeGreaterThan(300);
  });
});

describe("a stream that breaks", () => {
  it("surfaces a server that hangs up mid-stream as APIConnectionError, after the events that arrived", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      await writeApart(res, 'data: {"n":1}\n\ndata: {"n":', 20);
      res.socket?.destroy();
    });
    const stream = await open<{ n: number }>(server.url);
    const { taken: seen, error } = await collectUntilError(stream);
    expect(seen).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toMatch(/^Connection lost mid-stream: /);
  });

  it("fails with APIConnectionTimeoutError after idleTimeoutMs of silence, and closes the connection", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      await writeApart(res, "data: first\n\n");
    });
    const stream = await open(server.url, { idleTimeoutMs: 150 });
    const iterator = stream[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: "first" });
    const started = performance.now();
    const error = await rejectionOf(iterator.next());
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error.message).toBe("No data on the stream for 150 ms.");
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    await server.closed(0);
  });

  it("fails a read in progress with APIUserAbortError when the caller's signal fires, and closes the connection", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      await writeApart(res, "data: first\n\n");
    });
    const controller = new AbortController();
    const stream = await open(server.url, { controller, signal: controller.signal });
    const iterator = stream[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: "first" });
    const pending = iterator.next();
    setTimeout(() => controller.abort(new Error("user gave up")), 30);
    const error = await rejectionOf(pending);
    expect(error).toBeInstanceOf(APIUserAbortError);
    await server.closed(0);
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("stops with APIUserAbortError on stream.abort(), even before the first read", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      await writeApart(res, "data: first\n\n");
    });
    const midway = await open(server.url);
    const iterator = midway[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: "first" });
    const pending = iterator.next();
    midway.abort();
    expect(await rejectionOf(pending)).toBeInstanceOf(APIUserAbortError);
    await server.closed(0);

    const early = await open(server.url);
    early.abort();
    expect(await rejectionOf(collect(early))).toBeInstanceOf(APIUserAbortError);
    await server.closed(1);
  });

  it("lets go of the connection when the loop is left early", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      for (let n = 1; ; n++) await writeApart(res, `data: ${n}\n\n`, 5);
    });
    const taken: unknown[] = [];
    for await (const item of await open(server.url)) {
      taken.push(item);
      if (taken.length === 3) break;
    }
    expect(taken).toEqual([1, 2, 3]);
    await server.closed(0);
  });

  it("leaves no listener on the caller's signal after the stream ends", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, SSE);
      res.end("data: 1\n\n");
    });
    const controller = new AbortController();
    for (let round = 0; round < 3; round++) await collect(await open(server.url, { signal: controller.signal }));
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("records: NDJSON, JSON Lines, json-seq", () => {
  const RECORDS = [
    { id: 1, name: "Zoë" },
    { id: 2, name: "日本" },
    { id: 3, name: "🌍" },
  ];

  it.each([
    ["application/x-ndjson", RECORDS.map((record) => `${JSON.stringify(record)}\n`).join("")],
    ["application/jsonl", RECORDS.map((record) => `${JSON.stringify(record)}\r\n`).join("")],
    ["application/json-seq", RECORDS.map((record) => `\x1e${JSON.stringify(record)}\n`).join("")],
  ])("reads %s arriving cut at every byte position", async (contentType, text) => {
    const bytes = new TextEncoder().encode(text);
    const server = await serveStream(async (_req, res, index) => {
      res.writeHead(200, { "content-type": contentType });
      await writeApart(res, bytes.subarray(0, index));
      res.end(bytes.subarray(index));
    });
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await collect(await open(`${server.url}/${cut}`)), `cut at byte ${cut}`).toEqual(RECORDS);
    }
  });

  it("fails on a record that is not JSON, after the good ones", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.end('{"ok":true}\nnot json\n');
    });
    const { taken: seen, error } = await collectUntilError(await open(server.url));
    expect(seen).toEqual([{ ok: true }]);
    expect(error).toBeInstanceOf(StreamDecodeError);
  });
});

describe("reading a Stream", () => {
  it("can be read only once", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, SSE);
      res.end("data: 1\n\n");
    });
    const stream = await open(server.url);
    expect(await collect(stream)).toEqual([1]);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(new ClientError("This Stream is already being read (by for await); a Stream can be read only once."));
    expect(() => stream.events()).toThrow(ClientError);
    expect(() => stream.toReadableStream()).toThrow(ClientError);
  });

  it("gives a ReadableStream of the items", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, SSE);
      res.end('data: {"a":1}\n\ndata: {"a":2}\n\ndata: [DONE]\n\n');
    });
    const readable = (await open<{ a: number }>(server.url)).toReadableStream();
    const reader = readable.getReader();
    const items: { a: number }[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) items.push(next.value);
    expect(items).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it("knows the streaming media types, and refuses another", async () => {
    expect(streamFormatOf("text/event-stream; charset=utf-8")).toBe("sse");
    expect(streamFormatOf("Application/X-NDJSON")).toBe("ndjson");
    expect(streamFormatOf("application/jsonl")).toBe("ndjson");
    expect(streamFormatOf("application/json-seq")).toBe("json-seq");
    expect(streamFormatOf("application/json")).toBeUndefined();
    const server = await serveStream((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
    const response = await fetch(server.url);
    expect(() => Stream.fromResponse(response)).toThrow(/Cannot stream a response of type "application\/json"/);
    await response.body?.cancel();
  });

  it("has raw events only for server-sent events", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.end("{}\n");
    });
    const stream = await open(server.url);
    expect(() => stream.events()).toThrow("events() is for server-sent events; this stream is ndjson.");
    expect(await collect(stream)).toEqual([{}]);
  });
});
