/**
 * The runtime's public vocabulary: what a generated method passes for one operation, what a
 * caller may set per call, and how a client configures its transport. Types only.
 */
import type { APIError } from "../core/errors.js";
import type { HttpMethod } from "./http-method.js";
import type { Logger } from "./logger.js";
import type { ParamStyle } from "./serialize.js";

export type { HttpMethod };

/** Options for a single call; each overrides the client's setting for that call only. */
export interface RequestOptions {
  /** Aborts the call, including a backoff wait; an aborted call is never retried. */
  signal?: AbortSignal;
  /** Milliseconds for each attempt, reading the response body included. */
  timeout?: number;
  /** Retries after the first attempt, for idempotent methods. */
  maxRetries?: number;
  /**
   * Retry POST and PATCH too. Off by default: repeating them may repeat their effect. Turn it
   * on for an operation the server makes idempotent (e.g. with an idempotency key).
   */
  retryNonIdempotent?: boolean;
  /** Extra headers; they win over the client's headers. */
  headers?: Record<string, string>;
}

export type ParamLocation = "query" | "header" | "cookie";

/** Parameters serialized other than their location's default, by location and name. */
export type ParamStyles = { readonly [location in ParamLocation]?: Readonly<Record<string, ParamStyle>> };

/** How a success body is read: parsed JSON (or text when the server sends no JSON), text, or a Blob. */
export type ResponseType = "json" | "text" | "blob";

/** Alternatives of credential options (`[["token"], ["apiKey"]]`); `[]` inside means "none needed". */
export type SecurityRequirements = readonly (readonly string[])[];

/** What a generated method passes for one operation: its parameters by location, its body and how both are encoded. */
export interface OperationInput {
  /** Path parameter values: primitives, or arrays and objects for label/matrix/exploded styles. */
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  header?: Record<string, unknown>;
  cookie?: Record<string, unknown>;
  body?: unknown;
  styles?: ParamStyles;
  /** Media type the body is sent as. @default "application/json" */
  requestType?: string;
  /** @default "json" */
  responseType?: ResponseType;
  /** Media type asked for. @default "application/json" */
  accept?: string;
  /** The operation's own security requirements; without them, the document's. */
  security?: SecurityRequirements;
  /**
   * The operation's idempotency header parameter (`Idempotency-Key`), as the spec spells it: the
   * call then carries a key (the caller's, or a generated one) reused on every retry, and is
   * retried whatever its method. @default none
   */
  idempotencyHeader?: string;
  /**
   * Streams the success body instead of reading it: called once 2xx headers arrive, its result is
   * the call's data. Passed by generated methods of streaming operations (`Stream.reader`), so the
   * transport never imports the stream code and clients without streams never bundle it.
   */
  stream?: (handoff: StreamHandoff) => unknown;
  /**
   * Reads the response headers the operation declares (`declaredHeaders(table)`) from a success
   * response, for `.withResponse()`'s `headers`. Passed only by generated methods of operations
   * that declare some, so clients without any never bundle the parser. @default none: `headers` is `{}`
   */
  responseHeaders?: (response: Response) => Record<string, unknown>;
  /**
   * An absolute URL on the client's own origin to request instead of the path and query (a next
   * page link). Credentials, headers, retries and timeouts apply as to any call.
   */
  url?: string;
}

/** What a streaming call hands over once a success response's headers have arrived; its body is unread. */
export interface StreamHandoff {
  response: Response;
  /** The attempt's controller: aborting it ends the body. The attempt's timer is stopped, not fired. */
  controller: AbortController;
  /** The caller's signal, which the stream now listens to itself. */
  signal: AbortSignal | undefined;
  /** The call's timeout, to use as the stream's idle timeout. */
  timeoutMs: number;
}

/** Credentials as one request carries them: headers, query parameters, cookies. */
export interface ResolvedCredentials {
  headers: Record<string, string>;
  query: Record<string, string>;
  cookie: Record<string, string>;
}

export interface TransportConfig {
  baseUrl: string;
  fetch: typeof globalThis.fetch | undefined;
  timeout: number;
  maxRetries: number;
  /** Retry POST and PATCH as well. @default false */
  retryNonIdempotent?: boolean;
  headers: Record<string, string>;
  /** Headers that carry credentials, dropped on a redirect to another origin. @default ALWAYS_SENSITIVE_HEADERS */
  sensitiveHeaders?: readonly string[];
  /** Credential values, never shown in an error message. @default [] */
  secrets?: readonly string[];
  /**
   * The credentials a request with these requirements carries. A promise when a credential is a
   * function: then asked again on every attempt, so that a rotated token is the one sent. @default none
   */
  credentials?: (security: SecurityRequirements | undefined) => ResolvedCredentials | Promise<ResolvedCredentials>;
  /** Called on every APIError before it is thrown, so a client can attach typed fields. */
  onAPIError: (error: APIError) => void;
  /** Source of jitter; replaceable so that tests can pin it. @default Math.random */
  random?: () => number;
  /** Where request lines go, already filtered by level. @default none */
  logger?: Logger;
  /** Prefix of log lines, e.g. the client's name. @default "api" */
  name?: string;
}
