/**
 * A real HTTP server on 127.0.0.1 for runtime tests: it records every request exactly as it
 * arrived and answers from a script, including the broken answers real networks produce.
 * Tests talk to it over real sockets, so nothing about fetch is stubbed.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { listenOnLoopback } from "./loopback.js";

/** One request as the server saw it. */
export interface RecordedRequest {
  method: string;
  /** The request target exactly as sent (`req.url`), so percent-encoding can be checked. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** `performance.now()` when the request head arrived, for measuring gaps between retries. */
  receivedAt: number;
}

/** A normal answer. An object body is sent as JSON unless a content-type says otherwise. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string | object;
}

/** Answers that break the exchange at a chosen point. */
export type Fault =
  /** Close the connection without sending a byte of response. */
  | { fault: "destroy" }
  /** Never answer; the connection stays open until the client gives up or the server closes. */
  | { fault: "stall" }
  /** Send the status line, headers and part of the body, then go silent. */
  | { fault: "stall-mid-body"; status?: number; headers?: Record<string, string>; partialBody: string }
  /** Send the status line, headers and part of the body, then reset the connection (TCP RST). */
  | { fault: "reset-mid-body"; status?: number; headers?: Record<string, string>; partialBody: string };

export type ScriptedReply = Reply | Fault;

/** Decides the answer to the request numbered `index` (0-based). */
export type ReplyHandler = (request: RecordedRequest, index: number) => ScriptedReply;

export interface TestServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** Every request received so far, in arrival order. */
  requests: RecordedRequest[];
  /** Stops listening and destroys every open connection, stalled ones included. */
  close(): Promise<void>;
}

/**
 * Starts a server answering from `script`: either a queue of replies used in order, or a
 * handler. A request beyond the end of the queue gets a 599 naming it, so that an
 * unexpected extra request is visible in the test's failure rather than hanging it.
 */
export async function startServer(script: ScriptedReply[] | ReplyHandler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const decide = typeof script === "function" ? script : replyFromQueue(script);

  const { url, close } = await listenOnLoopback((req, res) => {
    const receivedAt = performance.now();
    void readBody(req).then((body) => {
      const request: RecordedRequest = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body, receivedAt };
      const index = requests.push(request) - 1;
      answer(decide(request, index), res);
    });
  });
  return { url, requests, close };
}

function replyFromQueue(queue: ScriptedReply[]): ReplyHandler {
  return (request, index) => queue[index] ?? { status: 599, body: { message: `unscripted request #${index + 1}: ${request.method} ${request.url}` } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    // A client that aborts mid-upload still counts as a request the server saw.
    req.on("error", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });
}

function answer(reply: ScriptedReply, res: ServerResponse): void {
  if (!("fault" in reply)) {
    sendReply(reply, res);
    return;
  }
  switch (reply.fault) {
    case "destroy":
      res.socket?.destroy();
      return;
    case "stall":
      return;
    case "stall-mid-body":
      sendPartialBody(reply, res);
      return;
    case "reset-mid-body":
      // Reset only once the partial body has left, so the client really is cut off mid-body.
      sendPartialBody(reply, res, () => res.socket?.resetAndDestroy());
      return;
  }
}

function sendReply(reply: Reply, res: ServerResponse): void {
  const { body, contentType } = encodeBody(reply.body);
  const headers: Record<string, string> = { ...reply.headers };
  if (contentType && !hasHeader(headers, "content-type")) headers["content-type"] = contentType;
  res.writeHead(reply.status, headers);
  res.end(body);
}

/**
 * Announces a body longer than what is sent (via content-length), so that the client knows
 * the body is incomplete and keeps waiting for the rest.
 */
function sendPartialBody(
  reply: { status?: number; headers?: Record<string, string>; partialBody: string },
  res: ServerResponse,
  afterWrite?: () => void,
): void {
  const announcedLength = Buffer.byteLength(reply.partialBody) + 1024;
  res.writeHead(reply.status ?? 200, {
    "content-type": "application/json",
    ...reply.headers,
    "content-length": String(announcedLength),
  });
  res.write(reply.partialBody, () => afterWrite?.());
}

function encodeBody(body: Reply["body"]): { body: string | undefined; contentType: string | undefined } {
  if (body === undefined) return { body: undefined, contentType: undefined };
  if (typeof body === "string") return { body, contentType: "text/plain" };
  return { body: JSON.stringify(body), contentType: "application/json" };
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((key) => key.toLowerCase() === name);
}
