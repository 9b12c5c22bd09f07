/** The retry policy is pure, so these tests pin inputs (headers, clock, jitter) and never sleep. */
import { describe, expect, it } from "vitest";
import {
  type BackoffPolicy,
  defaultBackoff,
  exceedsRetryAfterCap,
  isIdempotent,
  isRetryableResponse,
  isRetryableStatus,
  parseRetryAfter,
  retryDelayMs,
} from "../../src/core/retry.js";

const NOW = Date.parse("2025-01-01T12:00:00Z");

interface RetryAfterCase {
  name: string;
  headers: Record<string, string>;
  expected: number | undefined;
}

describe("parseRetryAfter", () => {
  it.each<RetryAfterCase>([
    { name: "nothing sent", headers: {}, expected: undefined },
    { name: "seconds", headers: { "retry-after": "3" }, expected: 3_000 },
    { name: "zero seconds", headers: { "retry-after": "0" }, expected: 0 },
    { name: "seconds padded with spaces", headers: { "retry-after": " 2 " }, expected: 2_000 },
    { name: "HTTP date 90 s ahead", headers: { "retry-after": "Wed, 01 Jan 2025 12:01:30 GMT" }, expected: 90_000 },
    { name: "HTTP date in the past is no wait", headers: { "retry-after": "Wed, 01 Jan 2025 11:00:00 GMT" }, expected: 0 },
    { name: "retry-after-ms", headers: { "retry-after-ms": "250" }, expected: 250 },
    { name: "fractional retry-after-ms", headers: { "retry-after-ms": "12.5" }, expected: 12.5 },
    { name: "retry-after-ms wins over retry-after", headers: { "retry-after-ms": "40", "retry-after": "9" }, expected: 40 },
    {
      name: "unreadable retry-after-ms falls back to retry-after",
      headers: { "retry-after-ms": "soon", "retry-after": "2" },
      expected: 2_000,
    },
    { name: "negative retry-after-ms is unreadable", headers: { "retry-after-ms": "-5" }, expected: undefined },
    { name: "garbage", headers: { "retry-after": "later, maybe" }, expected: undefined },
    { name: "empty value", headers: { "retry-after": "" }, expected: undefined },
    // RFC 9110 allows only whole seconds or an HTTP date; V8's Date.parse reads "1.5" and "-1"
    // as dates in 2001, which would turn them into "retry at once" instead of "unreadable".
    { name: "fractional seconds are not a date", headers: { "retry-after": "1.5" }, expected: undefined },
    { name: "negative seconds are not a date", headers: { "retry-after": "-1" }, expected: undefined },
  ])("$name", ({ headers, expected }) => {
    expect(parseRetryAfter(new Headers(headers), NOW)).toBe(expected);
  });
});

describe("retryDelayMs", () => {
  const alwaysMax = () => 0.999_999;
  const alwaysZero = () => 0;
  const half = () => 0.5;

  it.each([
    // Full jitter between half and all of the step: random 0 keeps the whole step, ~1 halves it.
    { name: "first retry, no jitter", retry: 1, random: alwaysZero, expected: 500 },
    { name: "first retry, most jitter", retry: 1, random: alwaysMax, expected: 250 },
    { name: "second retry doubles", retry: 2, random: alwaysZero, expected: 1_000 },
    { name: "third retry doubles again", retry: 3, random: alwaysZero, expected: 2_000 },
    { name: "jitter scales the step", retry: 3, random: half, expected: 1_500 },
    { name: "fifth retry reaches the cap", retry: 5, random: alwaysZero, expected: 8_000 },
    { name: "beyond the cap stays capped", retry: 12, random: alwaysZero, expected: 8_000 },
    { name: "capped step is still jittered", retry: 12, random: alwaysMax, expected: 4_000 },
  ])("backoff: $name", ({ retry, random, expected }) => {
    expect(retryDelayMs(retry, undefined, random)).toBe(expected);
  });

  it.each([
    { name: "a short server wait", retryAfterMs: 10, expected: 10 },
    { name: "zero", retryAfterMs: 0, expected: 0 },
    { name: "a wait longer than the backoff cap", retryAfterMs: 30_000, expected: 30_000 },
    { name: "exactly the 60 s cap", retryAfterMs: 60_000, expected: 60_000 },
  ])("server-requested wait wins: $name", ({ retryAfterMs, expected }) => {
    expect(retryDelayMs(3, retryAfterMs, alwaysMax)).toBe(expected);
  });

  it("falls back to backoff when the server asks for more than the cap", () => {
    expect(retryDelayMs(2, 60_001, alwaysZero)).toBe(1_000);
  });

  it("follows a custom policy", () => {
    const policy: BackoffPolicy = { initialDelayMs: 100, maxDelayMs: 300, maxRetryAfterMs: 50 };
    expect(retryDelayMs(1, undefined, alwaysZero, policy)).toBe(100);
    expect(retryDelayMs(3, undefined, alwaysZero, policy)).toBe(300);
    expect(retryDelayMs(1, 80, alwaysZero, policy)).toBe(100);
  });
});

describe("exceedsRetryAfterCap", () => {
  it.each([
    { retryAfterMs: undefined, expected: false },
    { retryAfterMs: 0, expected: false },
    { retryAfterMs: defaultBackoff.maxRetryAfterMs, expected: false },
    { retryAfterMs: defaultBackoff.maxRetryAfterMs + 1, expected: true },
    { retryAfterMs: 3_600_000, expected: true },
  ])("$retryAfterMs ms -> $expected", ({ retryAfterMs, expected }) => {
    expect(exceedsRetryAfterCap(retryAfterMs)).toBe(expected);
  });
});

describe("isRetryableStatus", () => {
  it.each([
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [599, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [422, false],
    [200, false],
  ])("%i -> %s", (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });
});

describe("isIdempotent", () => {
  it.each([
    ["GET", true],
    ["HEAD", true],
    ["OPTIONS", true],
    ["TRACE", true],
    ["PUT", true],
    ["DELETE", true],
    ["get", true],
    ["POST", false],
    ["PATCH", false],
  ])("%s -> %s", (method, expected) => {
    expect(isIdempotent(method)).toBe(expected);
  });
});

describe("isRetryableResponse", () => {
  it.each([
    ["x-should-retry: true retries a status the rule would not", 400, { "x-should-retry": "true" }, true],
    ["x-should-retry: false stops a status the rule would retry", 503, { "x-should-retry": "false" }, false],
    ["case and spaces do not matter", 404, { "x-should-retry": " TRUE " }, true],
    ["any other value leaves the status rule", 503, { "x-should-retry": "maybe" }, true],
    ["no header: the status rule", 429, {}, true],
    ["no header, a 400: not retried", 400, {}, false],
  ] as const)("%s", (_name, status, headers, expected) => {
    expect(isRetryableResponse(status, new Headers(headers))).toBe(expected);
  });
});
