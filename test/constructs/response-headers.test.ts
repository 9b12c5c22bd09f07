// Declared response headers through the client generated from
// test/fixtures/constructs/response-headers.yaml, against node:http: `.withResponse()` of a plain
// call, of a page (and `.pagesWithResponse()`), and of a stream gives them parsed.
import { describe, expect, it } from "vitest";
import { collect } from "../helpers/iterate.js";
import { useScriptedServers } from "../helpers/runtime.js";
import { useStreamingServers } from "../helpers/streaming-server.js";
import { ResponseHeaders } from "./generated/response-headers/index.js";

const { serve } = useScriptedServers();
const { serveStream } = useStreamingServers();

const clientFor = (url: string) => new ResponseHeaders({ baseUrl: url, maxRetries: 0 });

describe("a generated method's declared response headers", () => {
  it("parses every kind the spec declares, following the $ref to components/headers", async () => {
    const server = await serve([
      {
        status: 200,
        headers: {
          "x-ratelimit-remaining": "4999",
          "X-RateLimit-Reset": "1590701888",
          "X-Cost": "0.5",
          "X-Cached": "true",
          "X-Request-Id": "req_1",
          "X-Region": "eu-west",
          "X-Tier": "pro",
          "X-Tags": "a, b",
          "X-Shards": "1,2,3",
          "X-Modes": "read,write",
          "X-Retry-Count": "0",
          "X-Debug": '{"raw":true}',
          "X-Undeclared": "kept on response.headers",
        },
        body: { ok: true },
      },
    ]);
    const { data, headers, response } = await clientFor(server.url).limits.getLimits().withResponse();
    expect(data).toEqual({ ok: true });
    expect(headers).toStrictEqual({
      "X-Cached": true,
      "X-Cost": 0.5,
      "X-Debug": '{"raw":true}',
      "X-Modes": ["read", "write"],
      "X-RateLimit-Remaining": 4999,
      "X-RateLimit-Reset": 1590701888,
      "X-Region": "eu-west",
      "X-Request-Id": "req_1",
      "X-Retry-Count": 0,
      "X-Shards": [1, 2, 3],
      "X-Tags": ["a", "b"],
      "X-Tier": "pro",
    });
    expect(response.headers.get("x-undeclared")).toBe("kept on response.headers");
  });

  it("leaves out what is missing or malformed, the required header included, and never throws", async () => {
    const server = await serve([{ status: 200, headers: { "X-Cost": "cheap", "X-Region": "mars", "X-Shards": "1,x" }, body: { ok: true } }]);
    const { data, headers } = await clientFor(server.url).limits.getLimits().withResponse();
    expect(data).toEqual({ ok: true });
    expect(headers).toStrictEqual({});
    expect(headers["X-RateLimit-Remaining"]).toBeUndefined();
  });

  it("reads each status's own declarations: 201 and 202 type X-Job-Id differently", async () => {
    const server = await serve([
      { status: 201, headers: { Location: "/jobs/j_1", "X-Job-Id": "j_1" } },
      { status: 202, headers: { "X-Job-Id": "42", "Retry-After": "5", Location: "/ignored" } },
    ]);
    const client = clientFor(server.url);
    expect((await client.jobs.createJob().withResponse()).headers).toStrictEqual({ Location: "/jobs/j_1", "X-Job-Id": "j_1" });
    expect((await client.jobs.createJob().withResponse()).headers).toStrictEqual({ "Retry-After": 5, "X-Job-Id": 42 });
  });

  it("reads a default response's headers whatever the success status", async () => {
    const server = await serve([{ status: 200, headers: { "X-Uptime": "3600" }, body: "up" }]);
    expect((await clientFor(server.url).health.getHealth().withResponse()).headers).toStrictEqual({ "X-Uptime": 3600 });
  });

  it("gives {} to an operation that declares none", async () => {
    const server = await serve([{ status: 200, headers: { "X-Uptime": "1" }, body: { ok: true } }]);
    expect((await clientFor(server.url).health.getPlain().withResponse()).headers).toStrictEqual({});
  });

  it("gives each page's headers from .pagesWithResponse() and the first page's from .withResponse()", async () => {
    const server = await serve((request) => {
      const page = Number(new URL(request.url, "http://x").searchParams.get("page") ?? "1");
      const headers: Record<string, string> = { "X-Total-Count": "3" };
      if (page < 2) headers.Link = `<${server.url}/items?page=${page + 1}>; rel="next"`;
      return { status: 200, headers, body: page === 1 ? [{ id: 1 }, { id: 2 }] : [{ id: 3 }] };
    });
    const client = clientFor(server.url);
    const first = await client.items.listItems().withResponse();
    expect(first.headers).toStrictEqual({ Link: `<${server.url}/items?page=2>; rel="next"`, "X-Total-Count": 3 });
    const pages = await collect(client.items.listItems().pagesWithResponse());
    expect(pages.map((page) => page.headers["X-Total-Count"])).toEqual([3, 3]);
    expect(pages.map((page) => page.headers.Link)).toEqual([`<${server.url}/items?page=2>; rel="next"`, undefined]);
    expect(await collect(client.items.listItems())).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
  });

  it("gives a stream's headers once they arrive, before its events are read", async () => {
    const server = await serveStream((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream", "X-Stream-Id": "s_1" });
      res.end('data: {"n":1}\n\ndata: {"n":2}\n\n');
    });
    const { data: stream, headers } = await clientFor(server.url).events.streamEvents().withResponse();
    expect(headers).toStrictEqual({ "X-Stream-Id": "s_1" });
    expect(await collect(stream)).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
