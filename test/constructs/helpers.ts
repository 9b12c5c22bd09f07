// Helpers for the construct runtime tests: the scripted node:http server of test/helpers/server.ts
// (requests recorded as text), a byte-exact variant for binary bodies, and a multipart parser.
import type { IncomingHttpHeaders } from "node:http";
import { listenOnLoopback } from "../helpers/loopback.js";
import { afterEach, expect } from "vitest";
import { type ScriptedReply, startServer, type TestServer } from "../helpers/server.js";

/** One request as the byte-exact server saw it. */
export interface RawRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RawReply {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | Uint8Array | string;
}

export interface RawServer {
  url: string;
  requests: RawRequest[];
  close(): Promise<void>;
}

/**
 * Like startServer, but keeps request bodies as bytes and answers with bytes: test/helpers/server.ts
 * decodes bodies as UTF-8, which would hide exactly the corruption binary tests look for.
 */
export async function startRawServer(replies: RawReply[]): Promise<RawServer> {
  const requests: RawRequest[] = [];
  const { url, close } = await listenOnLoopback((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const index = requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) }) - 1;
      const reply = replies[index] ?? { status: 599, body: `unscripted request #${index + 1}` };
      res.writeHead(reply.status, reply.headers);
      res.end(reply.body === undefined ? undefined : typeof reply.body === "string" ? reply.body : Buffer.from(reply.body));
    });
  });
  return { url, requests, close };
}

/** Servers started through this are closed after each test. */
export function useServers() {
  const open: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return {
    serve: async (script: ScriptedReply[]): Promise<TestServer> => {
      const server = await startServer(script);
      open.push(server);
      return server;
    },
    serveRaw: async (replies: RawReply[]): Promise<RawServer> => {
      const server = await startRawServer(replies);
      open.push(server);
      return server;
    },
  };
}

/** The one request a test expects the server to have seen. */
export function onlyRequest<T>(server: { requests: T[] }): T {
  expect(server.requests).toHaveLength(1);
  return server.requests[0] as T;
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => expect.unreachable(`expected a rejection, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
}

export interface MultipartPart {
  name: string | undefined;
  filename: string | undefined;
  contentType: string | undefined;
  headers: Record<string, string>;
  content: Buffer;
}

/** Splits a multipart/form-data body into its parts, byte for byte (RFC 7578). */
export function parseMultipart(body: Buffer, contentType: string | undefined): MultipartPart[] {
  const boundary = /^multipart\/form-data;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? "");
  if (!boundary) throw new Error(`not a multipart/form-data content type: ${String(contentType)}`);
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(delimiter);
  if (start !== 0) throw new Error("multipart body does not start with the boundary");
  for (;;) {
    const afterDelimiter = start + delimiter.length;
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === "--") break; // closing delimiter
    const headerStart = afterDelimiter + 2; // CRLF
    const headerEnd = body.indexOf("\r\n\r\n", headerStart);
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), headerEnd);
    if (headerEnd < 0 || next < 0) throw new Error("truncated multipart body");
    const headers: Record<string, string> = {};
    for (const line of body.subarray(headerStart, headerEnd).toString("utf8").split("\r\n")) {
      const colon = line.indexOf(":");
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const disposition = headers["content-disposition"] ?? "";
    parts.push({
      name: /;\s*name="([^"]*)"/.exec(disposition)?.[1],
      filename: /;\s*filename="([^"]*)"/.exec(disposition)?.[1],
      contentType: headers["content-type"],
      headers,
      content: body.subarray(headerEnd + 4, next),
    });
    start = next + 2;
  }
  return parts;
}

/** `a=1; b=2` → [["a", "1"], ["b", "2"]]. */
export function cookiePairs(header: string | undefined): [string, string][] {
  if (header === undefined) return [];
  return header.split(/;\s*/).map((pair) => {
    const equals = pair.indexOf("=");
    return [pair.slice(0, equals), pair.slice(equals + 1)];
  });
}

/** The query parameters of a request target, decoded, in order. */
export function queryPairs(url: string): [string, string][] {
  return [...new URL(url, "http://x").searchParams];
}
