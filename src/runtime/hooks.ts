/**
 * Hooks: openapi-fetch's middleware, run on every attempt of a call. The transport sends
 * `fetch(url, init)` without a `Request`; one is built only when a hook is registered, so that a
 * client without hooks pays nothing for them.
 */
import { defaultPathSerializer, type MergedOptions, type Middleware, type MiddlewareCallbackParams } from "openapi-fetch";
import { ClientError } from "../core/errors.js";
import type { Hop } from "./redirect.js";
import { serializeQuery } from "./serialize.js";
import type { OperationInput, ResponseType } from "./types.js";

/**
 * `{ onRequest, onResponse, onError }`, as openapi-fetch's `Middleware` (one of its objects
 * works as it is). `onRequest` may return a `Request` to send instead, or a `Response` to answer
 * without sending; `onResponse` may return a `Response` to use instead; `onError` sees a failed
 * fetch and may return a `Response` to use, or an `Error` to throw instead.
 */
export type Hooks = Middleware;

/** What the hooks of one attempt are told about its operation. */
export interface HookedOperation {
  /** The path as the document spells it, `{name}` placeholders included. */
  readonly schemaPath: string;
  readonly input: OperationInput;
  readonly responseType: ResponseType;
  readonly baseUrl: string;
  readonly fetch: typeof globalThis.fetch | undefined;
}

/** An exception thrown by a hook, or an `Error` an `onError` hook chose: final, never retried. */
export class HookFailure {
  constructor(readonly error: unknown) {}
}

/** Throws unless `hooks` are objects with at least one hook, as openapi-fetch's `use` does. */
export function assertHooks(hooks: readonly unknown[]): asserts hooks is Hooks[] {
  for (const hook of hooks) {
    const candidate = hook as Partial<Record<keyof Hooks, unknown>> | null;
    const valid =
      typeof candidate === "object" &&
      candidate !== null &&
      ["onRequest", "onResponse", "onError"].some((name) => typeof candidate[name as keyof Hooks] === "function");
    if (!valid) throw new ClientError("client.use: each hook must be an object with an onRequest, onResponse or onError function.");
  }
}

/**
 * Sends `hop` through `hooks`: every `onRequest` in order, then `send` (unless one answered),
 * then every `onError` or `onResponse` in reverse order, as openapi-fetch runs them.
 */
export async function sendThroughHooks(
  hooks: readonly Hooks[],
  operation: HookedOperation,
  hop: Hop,
  send: (hop: Hop) => Promise<Response>,
): Promise<Response> {
  const original = new Request(hop.url, hop.init);
  const base = callbackParams(operation, original);
  let response: Response | undefined;
  for (const hook of hooks) {
    if (hook.onRequest === undefined) continue;
    const result = await runHook(() => hook.onRequest?.({ ...base }));
    if (result instanceof Request) base.request = result;
    else if (result instanceof Response) {
      response = result;
      break;
    } else if (result !== undefined) throw new HookFailure(new ClientError("onRequest must return a Request, a Response or nothing."));
  }
  if (response === undefined) response = await sendOrRecover(hooks, base, await hopOf(base.request, original, hop), send);
  for (const hook of [...hooks].reverse()) {
    if (hook.onResponse === undefined) continue;
    const current: Response = response;
    const result = await runHook(() => hook.onResponse?.({ ...base, response: current }));
    if (result instanceof Response) response = result;
    else if (result !== undefined) throw new HookFailure(new ClientError("onResponse must return a Response or nothing."));
  }
  return response;
}

/** `send`, and on a rejection every `onError` hook: the first `Response` one returns is the answer. */
async function sendOrRecover(hooks: readonly Hooks[], base: MiddlewareCallbackParams, hop: Hop, send: (hop: Hop) => Promise<Response>): Promise<Response> {
  try {
    return await send(hop);
  } catch (cause) {
    let error = cause;
    let replaced = false;
    for (const hook of [...hooks].reverse()) {
      if (hook.onError === undefined) continue;
      const current = error;
      const result = await runHook(() => hook.onError?.({ ...base, error: current }));
      if (result instanceof Response) return result;
      if (result instanceof Error) {
        error = result;
        replaced = true;
      } else if (result !== undefined) throw new HookFailure(new ClientError("onError must return a Response, an Error or nothing."));
    }
    // Unchanged, the failure is the transport's to judge (a timeout, a connection to retry).
    throw replaced ? new HookFailure(error) : error;
  }
}

async function runHook<T>(hook: () => T | Promise<T>): Promise<T> {
  try {
    return await hook();
  } catch (error) {
    throw new HookFailure(error);
  }
}

/**
 * The request a hook left, as the redirect follower sends it: the attempt's own init (signal,
 * redirect mode) with the hook's URL, method and headers. The original body is sent again as it
 * is (it may be resent on a 307); a replacement request's body is read once into bytes.
 */
async function hopOf(request: Request, original: Request, hop: Hop): Promise<Hop> {
  const body = request === original ? hop.init.body : request.body === null ? null : await request.arrayBuffer();
  return { url: request.url, init: { ...hop.init, method: request.method, headers: request.headers, body } };
}

function callbackParams(operation: HookedOperation, request: Request): MiddlewareCallbackParams {
  const { input } = operation;
  const options: MergedOptions = Object.freeze({
    baseUrl: operation.baseUrl,
    fetch: operation.fetch ?? globalThis.fetch,
    parseAs: operation.responseType,
    querySerializer: (query: Record<string, unknown>) => serializeQuery(query),
    bodySerializer: (body: unknown) => body,
    pathSerializer: defaultPathSerializer,
  });
  const params = { path: input.path, query: input.query, header: input.header, cookie: input.cookie };
  return { request, schemaPath: operation.schemaPath, params, options, id: randomId() };
}

/** A per-attempt id, as openapi-fetch makes one per request: for correlating log lines, not a secret. */
function randomId(): string {
  return Math.random().toString(36).slice(2, 11);
}
