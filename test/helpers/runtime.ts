/**
 * What runtime tests share: scripted servers closed after each test, a transport with pinned
 * jitter, and the rejection of a call as a value to assert on.
 */
import { afterEach } from "vitest";
import { Transport, type TransportConfig } from "../../src/runtime/transport.js";
import { type ReplyHandler, type ScriptedReply, startServer, type TestServer } from "./server.js";

/** `serve(script)` starts a server on 127.0.0.1; every server started is closed after each test. */
export function useScriptedServers(): { serve(script: ScriptedReply[] | ReplyHandler): Promise<TestServer> } {
  const open: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((server) => server.close()));
  });
  return {
    serve: async (script) => {
      const server = await startServer(script);
      open.push(server);
      return server;
    },
  };
}

/**
 * A transport for `target`. Jitter is pinned near its maximum, which halves each backoff step
 * (250 ms, then 500 ms), so that tests observing real backoff wait as little as possible.
 */
export function transportFor(target: { url: string }, config: Partial<TransportConfig> = {}): Transport {
  return new Transport({
    baseUrl: target.url,
    fetch: undefined,
    timeout: 2_000,
    maxRetries: 2,
    headers: {},
    onAPIError: () => {},
    random: () => 0.999_999,
    ...config,
  });
}

/** The rejection of `promise`, failing the test if it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`rejected with a non-Error: ${String(error)}`);
  }
  throw new Error("expected a rejection, but the promise resolved");
}
