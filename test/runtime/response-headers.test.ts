/**
 * Declared response headers (issue 12, item 4) over real HTTP: a node:http server on 127.0.0.1
 * answers with header values, the transport reads them with `declaredHeaders(table)`, and
 * `.withResponse()` gives them parsed. A value that is missing or does not fit its schema is
 * `undefined`, never a throw.
 */
import { describe, expect, it } from "vitest";
import { RateLimitError } from "../../src/core/errors.js";
import { declaredHeaders, type HeaderSchema, type HeaderTable } from "../../src/runtime/response-headers.js";
import { rejectionOf, transportFor, useScriptedServers } from "../helpers/runtime.js";
import type { TestServer } from "../helpers/server.js";

const { serve } = useScriptedServers();

/** A server that answers every request 200 with the `value` query parameter as its `X-Value` header. */
async function echoServer(): Promise<TestServer> {
  return serve((request) => {
    const value = new URL(request.url, "http://x").searchParams.get("value") ?? "";
    return { status: 200, headers: { "X-Value": value }, body: { ok: true } };
  });
}

/** What `.withResponse()` gives as `X-Value` when the server sends `value` and the spec declares `schema`. */
async function parsedOverHttp(server: TestServer, schema: HeaderSchema, value: string): Promise<unknown> {
  const input = { query: { value }, responseHeaders: declaredHeaders({ "200": { "X-Value": schema } }) };
  const { headers } = await transportFor(server).request<unknown, { "X-Value"?: unknown }>("GET", "/echo", input).withResponse();
  return headers["X-Value"];
}

const PARSED: [string, { schema: HeaderSchema; given: string; want: unknown }][] = [
  ["an integer", { schema: "integer", given: "4999", want: 4999 }],
  ["a negative integer", { schema: "integer", given: "-3", want: -3 }],
  ["an epoch timestamp", { schema: "integer", given: "1590701888", want: 1590701888 }],
  ["a number with a fraction", { schema: "number", given: "0.25", want: 0.25 }],
  ["a number with an exponent", { schema: "number", given: "1e3", want: 1000 }],
  ["true", { schema: "boolean", given: "true", want: true }],
  ["false", { schema: "boolean", given: "false", want: false }],
  ["a string, as sent", { schema: "string", given: "req_1, with a comma", want: "req_1, with a comma" }],
  ["an empty string", { schema: "string", given: "", want: "" }],
  ["an enum member", { schema: { enum: ["eu-west", "us-east"] }, given: "us-east", want: "us-east" }],
  ["a numeric enum member, as its number", { schema: { enum: [1, 2] }, given: "2", want: 2 }],
  ["a list of strings (simple style)", { schema: { items: "string" }, given: "a, b,c", want: ["a", "b", "c"] }],
  ["a list of integers", { schema: { items: "integer" }, given: "1,2, 3", want: [1, 2, 3] }],
  ["a list of enum members", { schema: { items: { enum: ["read", "write"] } }, given: "write,read", want: ["write", "read"] }],
  ["an empty list", { schema: { items: "integer" }, given: "", want: [] }],
];

const UNPARSABLE: [string, { schema: HeaderSchema; given: string }][] = [
  ["an integer with trailing text", { schema: "integer", given: "12abc" }],
  ["a fraction where an integer is declared", { schema: "integer", given: "1.5" }],
  ["hexadecimal (Number() would take it)", { schema: "number", given: "0x10" }],
  ["Infinity", { schema: "number", given: "Infinity" }],
  ["an empty number", { schema: "number", given: "" }],
  ["a number beyond double range", { schema: "number", given: "1e400" }],
  ["a boolean spelled otherwise", { schema: "boolean", given: "yes" }],
  ["a boolean in capitals", { schema: "boolean", given: "TRUE" }],
  ["a value outside the enum", { schema: { enum: ["eu-west", "us-east"] }, given: "ap-south" }],
  ["a list with one bad element", { schema: { items: "integer" }, given: "1,two,3" }],
];

describe("declared response headers, parsed", () => {
  it.each(PARSED)("%s", async (_name, { schema, given, want }) => {
    const server = await echoServer();
    expect(await parsedOverHttp(server, schema, given)).toEqual(want);
  });

  it.each(UNPARSABLE)("%s is undefined, not a throw", async (_name, { schema, given }) => {
    const server = await echoServer();
    expect(await parsedOverHttp(server, schema, given)).toBeUndefined();
  });

  it("leaves out a header the response does not carry, and keeps the call's data", async () => {
    const server = await serve([{ status: 200, headers: { "X-Present": "1" }, body: { ok: true } }]);
    const table: HeaderTable = { "200": { "X-Present": "integer", "X-Missing": "integer" } };
    const result = await transportFor(server)
      .request("GET", "/", { responseHeaders: declaredHeaders(table) })
      .withResponse();
    expect(result.data).toEqual({ ok: true });
    expect(result.headers).toStrictEqual({ "X-Present": 1 });
  });

  it("finds a header whatever the case the server writes it in, keyed as the spec spells it", async () => {
    const server = await serve([{ status: 200, headers: { "X-RATELIMIT-REMAINING": "7", "x-ratelimit-reset": "1700000000" }, body: {} }]);
    const table: HeaderTable = { "200": { "X-RateLimit-Remaining": "integer", "X-RateLimit-Reset": "integer" } };
    const { headers } = await transportFor(server)
      .request("GET", "/", { responseHeaders: declaredHeaders(table) })
      .withResponse();
    expect(headers).toStrictEqual({ "X-RateLimit-Remaining": 7, "X-RateLimit-Reset": 1700000000 });
  });

  it("keeps every header, declared or not, on response.headers", async () => {
    const server = await serve([{ status: 200, headers: { "X-Declared": "1", "X-Undeclared": "raw" }, body: {} }]);
    const input = { responseHeaders: declaredHeaders({ "200": { "X-Declared": "integer" } }) };
    const { headers, response } = await transportFor(server).request("GET", "/", input).withResponse();
    expect(headers).toStrictEqual({ "X-Declared": 1 });
    expect(response.headers.get("x-undeclared")).toBe("raw");
    expect(response.headers.get("x-declared")).toBe("1");
  });

  it("reads the table of the status that came: exact, then its range, then default", async () => {
    const table: HeaderTable = { "201": { "X-Created": "string" }, "2XX": { "X-Range": "integer" }, default: { "X-Default": "boolean" } };
    const all = { "X-Created": "c", "X-Range": "5", "X-Default": "true" };
    const server = await serve([
      { status: 201, headers: all, body: {} },
      { status: 202, headers: all, body: {} },
    ]);
    const transport = transportFor(server);
    const call = () => transport.request("POST", "/", { responseHeaders: declaredHeaders(table) }).withResponse();
    expect((await call()).headers).toStrictEqual({ "X-Created": "c" });
    expect((await call()).headers).toStrictEqual({ "X-Range": 5 });
    const onlyDefault = await serve([{ status: 200, headers: all, body: {} }]);
    const { headers } = await transportFor(onlyDefault)
      .request("GET", "/", { responseHeaders: declaredHeaders({ default: { "X-Default": "boolean" } }) })
      .withResponse();
    expect(headers).toStrictEqual({ "X-Default": true });
  });

  it("gives {} for a status that declares none, and for an operation without a table", async () => {
    const server = await serve([
      { status: 204, headers: { "X-Created": "c" } },
      { status: 200, headers: { "X-Created": "c" }, body: {} },
    ]);
    const transport = transportFor(server);
    const declared = await transport.request("POST", "/", { responseHeaders: declaredHeaders({ "201": { "X-Created": "string" } }) }).withResponse();
    expect(declared.headers).toStrictEqual({});
    const undeclared = await transport.request("GET", "/", {}).withResponse();
    expect(undeclared.headers).toStrictEqual({});
  });

  it("makes a header named __proto__ a key of the result, not its prototype", async () => {
    const server = await serve([{ status: 200, headers: JSON.parse('{ "__proto__": "7" }'), body: {} }]);
    const table: HeaderTable = JSON.parse('{ "200": { "__proto__": "integer" } }');
    const { headers } = await transportFor(server)
      .request("GET", "/", { responseHeaders: declaredHeaders(table) })
      .withResponse();
    expect(Object.getPrototypeOf(headers)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(headers, "__proto__")?.value).toBe(7);
  });

  it("reads the headers of the final response after a retry, and none from an error (APIError.headers has them)", async () => {
    const server = await serve([
      { status: 503, headers: { "X-Attempt": "1", "retry-after-ms": "1" } },
      { status: 200, headers: { "X-Attempt": "2" }, body: {} },
      { status: 429, headers: { "X-Attempt": "3" }, body: {} },
    ]);
    const transport = transportFor(server, { maxRetries: 1 });
    const table: HeaderTable = { "200": { "X-Attempt": "integer" } };
    expect((await transport.request("GET", "/", { responseHeaders: declaredHeaders(table) }).withResponse()).headers).toStrictEqual({ "X-Attempt": 2 });
    const error = await rejectionOf(
      transportFor(server, { maxRetries: 0 })
        .request("GET", "/", { responseHeaders: declaredHeaders(table) })
        .withResponse(),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers.get("x-attempt")).toBe("3");
  });
});
