/**
 * One attempt of a call: fetch with the attempt's timeout and the caller's signal, redirects
 * followed where credentials must stay with their origin, the body read inside the timeout, and
 * what came back sorted into data, an error status, or a connection failure that may be retried.
 */
import { onAbort } from "./abort-listeners.js";
import type { AttemptControllers } from "./attempt-controllers.js";
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, ClientError } from "../core/errors.js";
import { parseRetryAfter } from "../core/retry.js";
import type { EncodedRequest } from "./encode-request.js";
import { readErrorBody, readSuccessBody } from "./read-body.js";
import { connectionError, type Redactor, unbuildableRequestError } from "./redact.js";
import { type Hooks, HookFailure, sendThroughHooks } from "./hooks.js";
import { fetchFollowingRedirects, type Hop, RedirectError } from "./redirect.js";
import type { StreamHandoff } from "./types.js";

/** What every attempt of one transport shares, fixed when the transport is made. */
export interface Wire {
  /** The client's fetch; none: the global one, looked up on each attempt so that a polyfill installed later is used. */
  readonly fetch: typeof globalThis.fetch | undefined;
  /** Whether redirects are followed here rather than by fetch (everywhere but in browsers, see redirect.ts). */
  readonly followRedirects: boolean;
  /** Lower-case names of the headers dropped on a redirect to another origin. */
  readonly sensitiveHeaders: ReadonlySet<string>;
  readonly redactor: Redactor;
  /** Called on every APIError before it leaves, so that a client can attach typed fields. */
  readonly onAPIError: (error: APIError) => void;
  /** The client's hooks, run on every attempt; registered later with `client.use`, so read on each attempt. */
  readonly hooks: readonly Hooks[];
  /** For the hooks' `options`: the base URL requests start from. */
  readonly baseUrl: string;
  /** Where attempts get their abort controllers: reused, as a new one costs more than the rest of an attempt's own work. */
  readonly controllers: AttemptControllers;
}

/** What ends an attempt early. */
export interface AttemptLimits {
  /** Milliseconds for the attempt, reading the response body included. */
  readonly timeoutMs: number;
  /** The caller's signal: its abort ends the call, never to be retried. */
  readonly userSignal: AbortSignal | undefined;
  /** Hands a success body over unread (a stream) instead of reading it inside the timeout. */
  readonly stream?: ((handoff: StreamHandoff) => unknown) | undefined;
}

export type Outcome =
  | { kind: "data"; data: unknown; response: Response }
  | { kind: "status"; error: APIError }
  | { kind: "connection"; error: APIConnectionError };

/**
 * Sends `request` once. Resolves to the outcome when another attempt could change it; throws
 * what no retry can: the caller's abort, a request the platform refuses to build, a redirect
 * loop, a success body that is not the JSON it claims to be.
 */
export async function sendAttempt(wire: Wire, request: EncodedRequest, { timeoutMs, userSignal, stream }: AttemptLimits): Promise<Outcome> {
  if (userSignal?.aborted) throw new APIUserAbortError({ cause: userSignal.reason });
  // One controller and one timer per attempt: the timeout ends the request or its body,
  // whichever is under way; the caller's signal, when there is one, ends it too.
  const attemptController = wire.controllers.take();
  const controller = attemptController.controller;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const stopWaiting = userSignal === undefined ? undefined : onAbort(userSignal, () => controller.abort(userSignal.reason));
  const init: RequestInit = {
    method: request.method,
    headers: request.wireHeaders,
    // BinaryBody admits any ArrayBufferView, as callers hold them; a view on shared memory is
    // refused by fetch itself, and that refusal is reported as a request that cannot be built.
    body: request.body as BodyInit | undefined,
    signal: controller.signal,
    redirect: wire.followRedirects ? "manual" : "follow",
  };
  try {
    const hop = { url: request.url, init };
    const response =
      wire.hooks.length === 0 ? await send(wire, hop) : await sendThroughHooks(wire.hooks, hookedOperation(wire, request), hop, (hooked) => send(wire, hooked));
    if (response.ok) {
      // A stream is handed over once its headers arrive: the timer is stopped below without
      // aborting the body, whose silences the stream times itself, and no retry follows.
      if (stream !== undefined) return { kind: "data", data: stream({ response, controller, signal: userSignal, timeoutMs }), response };
      const data = await readSuccessBody(response, request.responseType);
      wire.controllers.giveBack(attemptController);
      return { kind: "data", data, response };
    }
    const error = APIError.from(response, await readErrorBody(response), parseRetryAfter(response.headers, Date.now()));
    wire.controllers.giveBack(attemptController);
    // A server may echo the key it rejected ("invalid key sk-…") into its message.
    error.message = wire.redactor.text(error.message);
    wire.onAPIError(error);
    return { kind: "status", error };
  } catch (cause) {
    return failure(cause, { wire, request, init, timeoutMs, timedOut, userSignal });
  } finally {
    clearTimeout(timer);
    stopWaiting?.();
  }
}

/** One request on the wire, redirects followed here where this runtime lets them be. */
function send(wire: Wire, hop: Hop): Promise<Response> {
  const fetch = wire.fetch ?? globalThis.fetch;
  return wire.followRedirects ? fetchFollowingRedirects(hop, fetch, wire.sensitiveHeaders) : fetch(hop.url, hop.init);
}

function hookedOperation(wire: Wire, request: EncodedRequest) {
  return { schemaPath: request.pathTemplate, input: request.input, responseType: request.responseType, baseUrl: wire.baseUrl, fetch: wire.fetch };
}

interface Failed {
  wire: Wire;
  request: EncodedRequest;
  init: RequestInit;
  timeoutMs: number;
  timedOut: boolean;
  userSignal: AbortSignal | undefined;
}

/** What a rejection during the attempt means: thrown when final, else a connection outcome to retry. */
function failure(cause: unknown, { wire, request, init, timeoutMs, timedOut, userSignal }: Failed): Outcome {
  if (cause instanceof APIError) {
    // Malformed JSON in a success body: the server would send the same again.
    wire.onAPIError(cause);
    throw cause;
  }
  if (cause instanceof ClientError) throw cause;
  if (cause instanceof HookFailure) throw cause.error;
  if (userSignal?.aborted) throw new APIUserAbortError({ cause });
  if (timedOut) return { kind: "connection", error: new APIConnectionTimeoutError(timeoutMs, { cause }) };
  // A redirect loop or a redirect to another scheme will not change on a retry.
  if (cause instanceof RedirectError) throw new APIConnectionError(`Redirect not followed: ${cause.message}`, { cause });
  // Fetch rejects a request it cannot build (a header value with a newline, a GET with a body,
  // a URL that does not parse) the way it rejects a network failure. Asked only now, so that a
  // call that succeeds never pays for the check: a programming error no retry can fix.
  const refusal = whyUnsendable(request.url, init);
  if (refusal !== undefined) throw unbuildableRequestError(refusal, wire.redactor);
  return { kind: "connection", error: connectionError(cause, wire.redactor) };
}

/** The platform's own reason not to build this request, if it has one. */
function whyUnsendable(url: string, init: RequestInit): unknown {
  try {
    new Request(url, { ...init, signal: null });
    return undefined;
  } catch (refusal) {
    return refusal;
  }
}
