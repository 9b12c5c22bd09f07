/**
 * The errors every generated client throws. One hierarchy for all APIs, so that
 * `err instanceof RateLimitError` works whichever client raised it; the per-API facades
 * (src/modbox.ts, src/aitronos.ts) add typed views of their error bodies on top.
 */

/** Base of every error this package throws on purpose. */
export class ClientError extends Error {
  override name = "ClientError";
}

/** The server answered with a status outside 2xx. */
export class APIError<TBody = unknown> extends ClientError {
  override name = "APIError";
  /** HTTP status code of the response. */
  readonly status: number;
  /** Response headers. */
  readonly headers: Headers;
  /** The parsed JSON body when the server sent JSON, else the raw text (undefined when empty). */
  readonly body: TBody;
  /** The server's request id (`x-request-id` or `request-id` header), when it sent one. */
  readonly requestId: string | undefined;
  /** How long the server asked us to wait (`Retry-After`, `retry-after-ms`), in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(status: number, headers: Headers, body: TBody, message: string, retryAfterMs?: number, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.requestId = headers.get("x-request-id") ?? headers.get("request-id") ?? undefined;
    this.retryAfterMs = retryAfterMs;
  }

  /**
   * The one place where a non-2xx response becomes an error: picks the subclass for the
   * status and builds the `<status> <server message>` message.
   */
  static from<TBody>(response: Response, body: TBody, retryAfterMs?: number): APIError<TBody> {
    const ErrorClass = errorClassFor(response.status);
    const message = `${response.status} ${serverMessage(body) ?? (response.statusText || "status code")}`;
    return new ErrorClass(response.status, response.headers, body, message, retryAfterMs);
  }
}

export class BadRequestError<TBody = unknown> extends APIError<TBody> {
  override name = "BadRequestError";
}
export class AuthenticationError<TBody = unknown> extends APIError<TBody> {
  override name = "AuthenticationError";
}
export class PermissionDeniedError<TBody = unknown> extends APIError<TBody> {
  override name = "PermissionDeniedError";
}
export class NotFoundError<TBody = unknown> extends APIError<TBody> {
  override name = "NotFoundError";
}
export class ConflictError<TBody = unknown> extends APIError<TBody> {
  override name = "ConflictError";
}
export class UnprocessableEntityError<TBody = unknown> extends APIError<TBody> {
  override name = "UnprocessableEntityError";
}
export class RateLimitError<TBody = unknown> extends APIError<TBody> {
  override name = "RateLimitError";
}
export class InternalServerError<TBody = unknown> extends APIError<TBody> {
  override name = "InternalServerError";
}

/** No response arrived: DNS, refused or reset connection, or a body cut off mid-way. */
export class APIConnectionError extends ClientError {
  override name = "APIConnectionError";
  constructor(message = "Connection error.", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The request (including reading its body) took longer than `timeout`. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = "APIConnectionTimeoutError";
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(`Request timed out after ${timeoutMs} ms.`, options);
  }
}

/** The caller's `AbortSignal` fired. Never retried. */
export class APIUserAbortError extends ClientError {
  override name = "APIUserAbortError";
  constructor(options?: { cause?: unknown }) {
    super("Request was aborted.", options);
  }
}

/**
 * The errors one client raised. A per-API error class (src/modbox.ts, src/aitronos.ts) is a
 * typed view over the shared status classes: membership is by origin, not by prototype.
 */
export class ErrorOrigin {
  readonly #errors = new WeakSet<APIError>();

  /** Records that this client raised `error` and attaches the API's typed fields to it. */
  claim(error: APIError, fields: Record<string, unknown>): void {
    this.#errors.add(error);
    for (const [name, value] of Object.entries(fields)) Object.defineProperty(error, name, { value, enumerable: true });
  }

  includes(value: unknown): value is APIError {
    return value instanceof APIError && this.#errors.has(value);
  }
}

// biome-ignore lint/suspicious/noExplicitAny: one constructor type for subclasses generic in their body.
type APIErrorClass = new (status: number, headers: Headers, body: unknown, message: string, retryAfterMs?: number) => APIError<any>;

const errorClassByStatus: Record<number, APIErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function errorClassFor(status: number): APIErrorClass {
  if (status >= 500) return InternalServerError;
  return errorClassByStatus[status] ?? APIError;
}

/** A human message from common error envelopes: `{message}`, `{error: {message}}`, `{error: "…"}`, `{detail: "…"}`. */
function serverMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body.trim().slice(0, 200) || undefined;
  if (!isRecord(body)) return undefined;
  const candidates = [body.message, isRecord(body.error) ? body.error.message : body.error, body.detail];
  const found = candidates.find((value): value is string => typeof value === "string" && value !== "");
  return found ?? (body.detail === undefined ? undefined : JSON.stringify(body.detail).slice(0, 200));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
