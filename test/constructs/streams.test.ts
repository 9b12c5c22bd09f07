// Streaming operations through the client generated from test/fixtures/constructs/streams.yaml,
// against a node:http server that writes the body in pieces, pauses, fails or hangs up.
import { describe, expect, it } from "vitest";
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, InternalServerError } from "../../src/core/errors.js";
import { collect, collectUntilError } from "../helpers/iterate.js";
import { rejectionOf } from "../helpers/runtime.js";
import { useStreamingServers, writeApart } from "../helpers/streaming-server.js";
import { Streams } from "./generated/streams/index.js";

const { serveStream } = useStreamingServers();

const SSE = { "content-type": "text/event-stream" };

function clientFor(url: string, options: { timeout?: number; maxRetries?: number } = {}): Streams {
  return new Streams({ baseUrl: url, maxRetries: 0, ...options });
}

describe("a generated streaming method", () => {
  it("sends the call and yields each event's data parsed as JSON, ending at [DONE]", async () => {
    let received = "";
    const server = await serveStream(async (req, res) => {
      for await (const chunk of req) received += chunk;
      res.writeHead(200, SSE);
      await writeApart(res, 'data: {"text":"Hel');
      await writeApart(res, 'lo","index":0}\n\n: heartbeat\n\n');
      await writeApart(res, 'data: {"text":"!","index":1}\n\ndata: [DONE]\n\ndata: {"text":"never"}\n\n');
      res.end();
    });
    const stream = await clientFor(server.url).completions.createCompletion({ prompt: "hi" });
    expect(await collect(stream)).toEqual([
      { text: "Hello", index: 0 },
      { text: "!", index: 1 },
    ]);
    expect(JSON.parse(received)).toEqual({ prompt: "hi" });
  });

  it("asks for the stream's media type, and sends query parameters", async () => {
    const accepts: (string | undefined)[] = [];
    const server = await serveStream((req, res) => {
      accepts.push(req.headers.accept);
      res.writeHead(200, SSE);
      res.end('event: change\ndata: {"id":1,"kind":"created"}\n\n');
    });
    const stream = await clientFor(server.url).events.listenEvents({ topic: "a b" });
    expect(await collect(stream)).toEqual([{ id: 1, kind: "created" }]);
    expect(server.requests).toEqual(["/events?topic=a%20b"]);
    expect(accepts).toEqual(["text/event-stream"]);
  });

  it("keeps text data as text, even when it looks like JSON", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, SSE);
      res.end("data: 42\n\ndata: line two\n\n");
    });
    expect(await collect(await clientFor(server.url).events.tailLogs())).toEqual(["42", "line two"]);
  });

  it("yields NDJSON records", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      await writeApart(res, '{"id":1,"kind":"created"}\n{"id":2,');
      res.end('"kind":"deleted"}\n');
    });
    expect(await collect(await clientFor(server.url).records.exportRecords())).toEqual([
      { id: 1, kind: "created" },
      { id: 2, kind: "deleted" },
    ]);
  });

  it("times each silence, not the whole stream: a stream longer than the timeout ends normally", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      for (let index = 0; index < 6; index++) await writeApart(res, `data: ${index}\n\n`, 60);
      res.end();
    });
    // 6 × 60 ms of stream, every silence under the 200 ms timeout.
    const started = performance.now();
    const items = await collect(await clientFor(server.url, { timeout: 200 }).events.tailLogs());
    expect(items).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(performance.now() - started).toBeGreaterThan(300);
  });

  it("fails with APIConnectionTimeoutError when one silence outlasts the timeout", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      await writeApart(res, "data: first\n\n");
      // Then silence, connection open.
    });
    const { taken, error } = await collectUntilError(await clientFor(server.url, { timeout: 150 }).events.tailLogs());
    expect(taken).toEqual(["first"]);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    await server.closed(0);
  });

  it("retries a 500 that comes before the stream, then streams", async () => {
    const server = await serveStream((_req, res, index) => {
      if (index === 0) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end('{"message":"busy"}');
        return;
      }
      res.writeHead(200, SSE);
      res.end("data: ok\n\n");
    });
    const stream = await clientFor(server.url, { maxRetries: 1 }).events.tailLogs();
    expect(await collect(stream)).toEqual(["ok"]);
    expect(server.requests).toHaveLength(2);
  });

  it("throws the typed error of a status before the stream when no retry is left", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(503, { "content-type": "application/json" });
      res.end('{"message":"down"}');
    });
    const error = await rejectionOf(clientFor(server.url).events.tailLogs());
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("surfaces a hang-up mid-stream as APIConnectionError from the iterator, without a retry", async () => {
    const server = await serveStream(async (req, res) => {
      res.writeHead(200, SSE);
      await writeApart(res, "data: one\n\n");
      req.socket.destroy();
    });
    const { taken, error } = await collectUntilError(await clientFor(server.url, { maxRetries: 2 }).events.tailLogs());
    expect(taken).toEqual(["one"]);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it("ends with APIUserAbortError when the caller's signal fires mid-stream, and lets go of the connection", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, SSE);
      await writeApart(res, "data: one\n\n");
    });
    const controller = new AbortController();
    const stream = await clientFor(server.url).events.tailLogs({ signal: controller.signal });
    const taken: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const item of stream) {
          taken.push(item);
          controller.abort();
        }
      })(),
    );
    expect(taken).toEqual(["one"]);
    expect(error).toBeInstanceOf(APIUserAbortError);
    await server.closed(0);
  });

  it("stream.abort() ends a read in progress with APIUserAbortError", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, SSE);
      res.write(": open\n\n");
    });
    const stream = await clientFor(server.url).events.tailLogs();
    setTimeout(() => stream.abort(), 30);
    expect(await rejectionOf(collect(stream))).toBeInstanceOf(APIUserAbortError);
    await server.closed(0);
  });
});
