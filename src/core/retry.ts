/**
 * Retry policy, kept pure: which outcomes are retried and how long to wait. The transport
 * owns the clock; tests call these functions with fixed inputs and never sleep.
 */

/** RFC 9110 §9.2.2: methods whose repetition has the same effect as one request. */
const IDEMPOTENT_METHODS = new Set(["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]);

/** 408 Request Timeout, 409 Conflict (lock contention), 429 Too Many Requests, and every 5xx. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/**
 * Whether a failed response may be retried: the server's `x-should-retry: true|false` when it
 * sends one (as Stainless SDKs obey it), else the status rule above. The method rule still holds.
 */
export function isRetryableResponse(status: number, headers: Headers): boolean {
  const serverSays = headers.get("x-should-retry")?.trim().toLowerCase();
  if (serverSays === "true") return true;
  if (serverSays === "false") return false;
  return isRetryableStatus(status);
}

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

export interface BackoffPolicy {
  /** First delay, doubled on each further retry. @default 500 */
  initialDelayMs: number;
  /** Longest computed backoff. @default 8000 */
  maxDelayMs: number;
  /** Longest server-requested wait we honour; a longer `Retry-After` is not waited for. @default 60000 */
  maxRetryAfterMs: number;
}

export const defaultBackoff: BackoffPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/**
 * The server's requested wait in ms, from `retry-after-ms`, or `Retry-After` as seconds or an
 * HTTP date (RFC 9110 §10.2.3). Undefined when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const milliseconds = headers.get("retry-after-ms");
  if (milliseconds !== null && /^\s*\d+(\.\d+)?\s*$/.test(milliseconds)) return Number(milliseconds);
  const value = headers.get("retry-after");
  if (value === null) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  // Only an IMF-fixdate style value (it names a weekday or month) is a date: Date.parse alone
  // would read "1.5" or "-1" as days in 2001, i.e. "retry at once".
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before retry number `retry` (1-based). A server-requested wait within the cap wins;
 * otherwise exponential backoff with "full jitter" between half and all of the step, so that
 * many clients failing together do not return together.
 */
export function retryDelayMs(retry: number, retryAfterMs: number | undefined, random: () => number, policy: BackoffPolicy = defaultBackoff): number {
  if (retryAfterMs !== undefined && retryAfterMs <= policy.maxRetryAfterMs) return retryAfterMs;
  const step = Math.min(policy.initialDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
  return Math.round(step * (1 - random() * 0.5));
}

/** Whether a server-requested wait is too long to honour, so the error goes to the caller. */
export function exceedsRetryAfterCap(retryAfterMs: number | undefined, policy: BackoffPolicy = defaultBackoff): boolean {
  return retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs;
}
