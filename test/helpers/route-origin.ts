/**
 * Preloaded into a child process (`node --import tsx --import test/helpers/route-origin.ts …`)
 * whose code has a real API's URL written into it, such as a documentation snippet that cannot
 * take a `baseUrl`: every request to the origin in ROUTE_FROM (`https://api.modbox.run`) goes
 * to the one in ROUTE_TO (`http://127.0.0.1:PORT`, a test server) instead, as a hosts-file entry
 * would send it. fetch, the client and the request stay as they are; only the connection's
 * destination changes, one level below fetch, in Node's own HTTP agent. Any other origin is
 * refused, so a request to a URL the test did not expect fails loudly instead of going out.
 */

/** The part of Node's bundled undici Agent this needs (its types live in undici-types). */
interface Dispatcher {
  dispatch(options: { origin?: string | URL }, handler: { onError?(error: Error): void }): boolean;
}

/** The key under which undici keeps the dispatcher every `fetch` uses (undici's lib/global.js). */
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");

const from = new URL(required("ROUTE_FROM")).origin;
const to = new URL(required("ROUTE_TO")).origin;

// Node loads its bundled undici, which installs its global Agent under the key, on first use of fetch.
await fetch("data:,");
const agent = (globalThis as unknown as Record<symbol, Dispatcher | undefined>)[GLOBAL_DISPATCHER];
if (agent === undefined) throw new Error("route-origin: Node's fetch has no global dispatcher to route through");

const dispatch = agent.dispatch.bind(agent);
agent.dispatch = (options, handler) => {
  const origin = options.origin === undefined ? undefined : new URL(options.origin).origin;
  if (origin === from) return dispatch({ ...options, origin: to }, handler);
  handler.onError?.(new Error(`route-origin: a request to ${String(origin)}, not ${from}`));
  return true;
};

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`route-origin: set ${name}`);
  return value;
}
