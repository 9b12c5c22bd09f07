import createClient from "openapi-fetch";
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, ClientError } from "../core/errors.js";
import { exceedsRetryAfterCap, isIdempotent, isRetryableStatus, parseRetryAfter, retryDelayMs } from "../core/retry.js";
import { APIPromise, type WithResponse } from "./api-promise.js";
import type { Logger } from "./logger.js";
import { ALWAYS_SENSITIVE_HEADERS, canFollowRedirectsManually, fetchFollowingRedirects, RedirectError } from "./redirect.js";
import { encodeBody, type ParamStyle, type RequestBody, serializeCookies, serializeHeaders, serializeQuery } from "./serialize.js";

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

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
  /** The credentials a request with these requirements carries. @default none */
  credentials?: (security: SecurityRequirements | undefined) => ResolvedCredentials;
  /** Called on every APIError before it is thrown, so a client can attach typed fields. */
  onAPIError: (error: APIError) => void;
  /** Source of jitter; replaceable so that tests can pin it. @default Math.random */
  random?: () => number;
  /** Where request lines go, already filtered by level. @default none */
  logger?: Logger;
  /** Prefix of log lines, e.g. the client's name. @default "api" */
  name?: string;
}

type UntypedRequest = (
  method: Lowercase<HttpMethod>,
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** An operation's request, encoded once and sent as it is on every attempt. */
interface EncodedRequest {
  /** The URL as first sent (path values and query in place), once it has been: for log lines. */
  sentUrl?: string;
  method: Lowercase<HttpMethod>;
  pathTemplate: string;
  path: Record<string, unknown> | undefined;
  query: string;
  headers: Record<string, string>;
  body: RequestBody | undefined;
  responseType: ResponseType;
}

type Outcome = { kind: "data"; data: unknown; response: Response } | { kind: "status"; error: APIError } | { kind: "connection"; error: APIConnectionError };

/**
 * Sends one operation over openapi-fetch, with timeouts, retries and typed errors.
 * openapi-fetch builds the URL (path templating, query serialization) and the body; this
 * class decides what an outcome means.
 */
export class Transport {
  readonly #config: TransportConfig;
  readonly #send: UntypedRequest;
  readonly #sensitiveHeaders: ReadonlySet<string>;
  /** Whether this runtime shows redirect targets, so that redirects can be followed here: fixed for the process. */
  readonly #followRedirectsManually = canFollowRedirectsManually();
  readonly #redact: (text: string) => string;

  constructor(config: TransportConfig) {
    this.#config = config;
    this.#sensitiveHeaders = new Set([...ALWAYS_SENSITIVE_HEADERS, ...(config.sensitiveHeaders ?? []).map((name) => name.toLowerCase())]);
    this.#redact = redactor(config.secrets ?? []);
    const client = createClient({ baseUrl: config.baseUrl, fetch: config.fetch, headers: config.headers });
    // Generated methods carry explicit types for every operation; going through openapi-fetch's
    // per-path generics here would only make the compiler resolve them again for each call.
    this.#send = client.request as unknown as UntypedRequest;
  }

  /** Sends one operation; await it for the data, or call `.withResponse()` for the raw `Response` too. */
  request<TData>(method: HttpMethod, pathTemplate: string, input: OperationInput, options: RequestOptions = {}): APIPromise<TData> {
    return new APIPromise(this.#run<TData>(method, pathTemplate, input, options));
  }

  async #run<TData>(method: HttpMethod, pathTemplate: string, input: OperationInput, options: RequestOptions): Promise<WithResponse<TData>> {
    assertPathParams(input.path);
    const request = this.#encode(method, pathTemplate, input, options);
    const maxRetries = options.maxRetries ?? this.#config.maxRetries;
    const retryAnyMethod = options.retryNonIdempotent ?? this.#config.retryNonIdempotent ?? false;
    const retriesAllowed = retryAnyMethod || isIdempotent(method) ? maxRetries : 0;
    const log = this.#config.logger;
    for (let retry = 0; ; retry++) {
      const started = log === undefined ? 0 : performance.now();
      const outcome = await this.#attempt(request, options);
      const retryAfterMs = outcome.kind === "status" ? outcome.error.retryAfterMs : undefined;
      const retryable = outcome.kind === "connection" || (outcome.kind === "status" && isRetryableStatus(outcome.error.status));
      const final = !retryable || retry >= retriesAllowed || exceedsRetryAfterCap(retryAfterMs);
      const delay = final ? undefined : retryDelayMs(retry + 1, retryAfterMs, this.#config.random ?? Math.random);
      // Lines are built only for a logger: most clients have none, and this is every call's path.
      if (log !== undefined)
        this.#logAttempt(log, { method, pathTemplate, request, outcome, started, attempt: `attempt ${retry + 1}/${retriesAllowed + 1}`, delay });
      if (outcome.kind === "data") return { data: outcome.data as TData, response: outcome.response };
      if (delay === undefined) throw outcome.error;
      await sleep(delay, options.signal);
    }
  }

  /** The log lines of one attempt: headers at debug; success at info; a retry at warn; the final failure at error. */
  #logAttempt(
    log: Logger,
    entry: { method: HttpMethod; pathTemplate: string; request: EncodedRequest; outcome: Outcome; started: number; attempt: string; delay: number | undefined },
  ): void {
    const { method, pathTemplate, request, outcome, started, attempt, delay } = entry;
    const elapsed = `${Math.round(performance.now() - started)} ms`;
    const line = `${this.#config.name ?? "api"}: ${method} ${this.#redact(request.sentUrl ?? pathTemplate)}`;
    log.debug(`${line} (${attempt}) request headers`, this.#loggableHeaders(request.headers));
    if (outcome.kind === "data") {
      log.info(`${line} → ${outcome.response.status} in ${elapsed} (${attempt})${requestIdNote(outcome.response.headers)}`);
      return;
    }
    const status = outcome.kind === "status" ? String(outcome.error.status) : outcome.error.name;
    const requestId = outcome.kind === "status" ? requestIdNote(outcome.error.headers) : "";
    if (delay === undefined) log.error(`${line} → ${status} in ${elapsed} (${attempt}): ${outcome.error.message}${requestId}`);
    else log.warn(`${line} → ${status} in ${elapsed} (${attempt}); retrying in ${delay} ms${requestId}`);
  }

  /** Parameters, credentials and body as they go on the wire; bad values are a ClientError before anything is sent. */
  #encode(method: HttpMethod, pathTemplate: string, input: OperationInput, options: RequestOptions): EncodedRequest {
    try {
      const credentials = this.#config.credentials?.(input.security);
      const query = serializeQuery({ ...input.query, ...credentials?.query }, input.styles?.query);
      const headers: Record<string, string> = {
        Accept: input.accept ?? "application/json",
        ...credentials?.headers,
        ...serializeHeaders(input.header ?? {}, input.styles?.header),
      };
      const cookie = serializeCookies({ ...input.cookie, ...credentials?.cookie }, input.styles?.cookie);
      if (cookie !== "") headers.Cookie = cookie;
      let body: RequestBody | undefined;
      if (input.body !== undefined) {
        const encoded = encodeBody(input.body, input.requestType ?? "application/json");
        body = encoded.body;
        if (encoded.contentType !== undefined) headers["Content-Type"] = encoded.contentType;
      }
      return {
        method: toLowerMethod(method),
        pathTemplate,
        path: input.path,
        query,
        headers: { ...headers, ...options.headers },
        body,
        responseType: input.responseType ?? "json",
      };
    } catch (cause) {
      if (cause instanceof ClientError) throw cause;
      throw this.#buildError(cause);
    }
  }

  /** Headers as a log line may show them: every credential header's value replaced. */
  #loggableHeaders(headers: Record<string, string>): Record<string, string> {
    const shown: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) shown[name] = this.#sensitiveHeaders.has(name.toLowerCase()) ? "[redacted]" : this.#redact(value);
    return shown;
  }

  /** A request that could not be built: a programming error, whose message may quote a header value. */
  #buildError(cause: unknown): ClientError {
    return new ClientError(this.#redact(`Could not build the request: ${errorMessage(cause)}`), { cause: this.#scrub(cause) });
  }

  /** The cause as it is, or, when its text quotes a credential, a plain Error with the credential redacted. */
  #scrub(cause: unknown): unknown {
    const text = cause instanceof Error ? `${cause.message}\n${cause.stack ?? ""}\n${String(cause.cause)}` : String(cause);
    if (this.#redact(text) === text) return cause;
    return new Error(this.#redact(errorMessage(cause)));
  }

  /** JSON when the server says so, else the text; JSON that does not parse is an APIError carrying the raw text. */
  #parseSuccessBody(data: string | Blob | undefined, response: Response, responseType: ResponseType): unknown {
    // openapi-fetch gives no data for an empty body; a declared text or binary body that
    // arrives empty is still one (`""`, an empty Blob). 204 is "no content" whatever is declared.
    if (data === undefined || data === "") {
      if (response.status === 204) return undefined;
      if (responseType === "text") return "";
      if (responseType === "blob") return new Blob([], { type: response.headers.get("content-type") ?? "" });
      return undefined;
    }
    if (typeof data !== "string") return data;
    const text = data;
    const contentType = response.headers.get("content-type") ?? "";
    if (responseType === "text" || !/\bjson\b/i.test(contentType)) return text;
    try {
      return JSON.parse(text);
    } catch (cause) {
      const message = `${response.status} invalid JSON in response body`;
      const error = new APIError(response.status, response.headers, text, message, undefined, { cause });
      this.#config.onAPIError(error);
      throw error;
    }
  }

  async #attempt(request: EncodedRequest, options: RequestOptions): Promise<Outcome> {
    const timeoutMs = options.timeout ?? this.#config.timeout;
    const controller = new AbortController();
    const userSignal = options.signal;
    if (userSignal?.aborted) throw new APIUserAbortError({ cause: userSignal.reason });
    const onUserAbort = () => controller.abort(userSignal?.reason);
    userSignal?.addEventListener("abort", onUserAbort, { once: true });
    let timedOut = false;
    // Whether the request got as far as fetch: anything thrown before (a header with a newline,
    // a query openapi-fetch cannot serialize) is a programming error that no retry can fix.
    let sent = false;
    const baseFetch = this.#config.fetch ?? globalThis.fetch;
    const followManually = this.#followRedirectsManually;
    const trackedFetch = (sending: Request) => {
      sent = true;
      request.sentUrl = sending.url;
      return followManually ? fetchFollowingRedirects(sending, baseFetch, this.#sensitiveHeaders, request.body as BodyInit | undefined) : baseFetch(sending);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    try {
      const { data, error, response } = await this.#send(request.method, request.pathTemplate, {
        params: { path: request.path },
        querySerializer: () => request.query,
        body: request.body,
        bodySerializer: (body: unknown) => body,
        headers: request.headers,
        signal: controller.signal,
        redirect: followManually ? "manual" : "follow",
        fetch: trackedFetch,
        // Read whole, as text or bytes, so that a body cut off mid-way is a connection error and
        // bad JSON is ours to report.
        parseAs: request.responseType === "blob" ? "blob" : "text",
      });
      if (response.ok) {
        return { kind: "data", data: this.#parseSuccessBody(data as string | Blob | undefined, response, request.responseType), response };
      }
      const retryAfterMs = parseRetryAfter(response.headers, Date.now());
      const apiError = APIError.from(response, error, retryAfterMs);
      // A server may echo the key it rejected ("invalid key sk-…") into its message.
      apiError.message = this.#redact(apiError.message);
      this.#config.onAPIError(apiError);
      return { kind: "status", error: apiError };
    } catch (cause) {
      if (cause instanceof ClientError) throw cause;
      if (!sent) throw this.#buildError(cause);
      if (userSignal?.aborted) throw new APIUserAbortError({ cause });
      if (timedOut) return { kind: "connection", error: new APIConnectionTimeoutError(timeoutMs, { cause }) };
      // A redirect loop or a redirect to another scheme will not change on a retry.
      if (cause instanceof RedirectError) throw new APIConnectionError(`Redirect not followed: ${cause.message}`, { cause });
      return { kind: "connection", error: new APIConnectionError(this.#redact(connectionMessage(cause)), { cause: this.#scrub(cause) }) };
    } finally {
      clearTimeout(timer);
      userSignal?.removeEventListener("abort", onUserAbort);
    }
  }
}

/**
 * Replaces every credential value in a text with `[redacted]`. Longest first, so that a
 * secret containing another is redacted whole. Values shorter than 4 characters are no
 * secret worth the name (test tokens like "t") and would garble every message.
 */
function redactor(secrets: readonly string[]): (text: string) => string {
  // As given, and as they appear in a URL's query.
  const sorted = [...new Set(secrets.flatMap((secret) => [secret, encodeURIComponent(secret)]))]
    .filter((secret) => secret.length >= 4)
    .sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return (text) => text;
  return (text) => sorted.reduce((redacted, secret) => redacted.replaceAll(secret, "[redacted]"), text);
}

function requestIdNote(headers: Headers): string {
  const id = headers.get("x-request-id") ?? headers.get("request-id");
  return id === null ? "" : ` [request id ${id}]`;
}

function toLowerMethod(method: HttpMethod): Lowercase<HttpMethod> {
  return method.toLowerCase() as Lowercase<HttpMethod>;
}

/**
 * A path parameter that is empty, `.` or `..` would address another resource: URL parsers
 * drop or collapse such segments even when percent-encoded (WHATWG URL, "double-dot segment").
 */
function assertPathParams(path: OperationInput["path"]): void {
  for (const [name, value] of Object.entries(path ?? {})) {
    const text = value === undefined || value === null ? "" : String(value);
    if (text === "" || text === "." || text === "..") {
      throw new ClientError(`Path parameter "${name}" must be a non-empty value other than "." or "..", got ${JSON.stringify(value)}.`);
    }
  }
}

function connectionMessage(cause: unknown): string {
  return `Connection error: ${errorMessage(cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause)}`;
}

function errorMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** Waits `ms`, ending early with APIUserAbortError when the caller aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError({ cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
