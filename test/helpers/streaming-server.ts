/**
 * A node:http server on 127.0.0.1 whose handler writes the response itself, chunk by chunk and
 * with pauses, for streamed bodies (server-sent events, NDJSON) that the scripted server in
 * server.ts answers in one piece. It records when each exchange's connection closed, so a test can
 * see that the client let go of it.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { listenOnLoopback } from "./loopback.js";
import { afterEach } from "vitest";

export interface StreamingServer {
  url: string;
  /** Request targets, in arrival order. */
  requests: string[];
  /** Resolves when the response to request `index` (0-based) has closed, from either side. */
  closed(index: number): Promise<void>;
  close(): Promise<void>;
}

export type StreamHandler = (req: IncomingMessage, res: ServerResponse, index: number) => void | Promise<void>;

/** `serveStream(handler)` starts a server; every one started is closed after each test. */
export function useStreamingServers(): { serveStream(handler: StreamHandler): Promise<StreamingServer> } {
  const open: StreamingServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return {
    serveStream: async (handler) => {
      const server = await startStreamingServer(handler);
      open.push(server);
      return server;
    },
  };
}

async function startStreamingServer(handler: StreamHandler): Promise<StreamingServer> {
  const requests: string[] = [];
  const closings: Promise<void>[] = [];
  const { url, close } = await listenOnLoopback((req, res) => {
    const index = requests.push(req.url ?? "") - 1;
    closings[index] = new Promise((resolve) => res.once("close", () => resolve()));
    void handler(req, res, index);
  });
  return {
    url,
    requests,
    closed: (index) => closings[index] ?? Promise.reject(new Error(`no request #${index} arrived`)),
    close,
  };
}

/** Writes `chunk` and waits until it has been handed to the socket, then `pauseMs` more, so that the next write travels apart. */
export function writeApart(res: ServerResponse, chunk: string | Uint8Array, pauseMs = 2): Promise<void> {
  return new Promise((resolve) => res.write(chunk, () => setTimeout(resolve, pauseMs)));
}
