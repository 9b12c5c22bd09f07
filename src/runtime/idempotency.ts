/**
 * Idempotency keys: an operation that declares an idempotency header parameter
 * (`Idempotency-Key`) gets one on every call, the caller's or a generated one, and the same key
 * on every retry of that call, so that the server can tell a retry from a new request. Such a
 * call may then be retried whatever its method.
 */
import type { OperationInput, RequestOptions } from "./types.js";

/** The call's input carrying its idempotency key: the caller's when given (as a parameter or a header option), else a new one. */
export function withIdempotencyKey(input: OperationInput, options: RequestOptions): OperationInput {
  const name = input.idempotencyHeader;
  if (name === undefined || hasHeader(input.header, name) || hasHeader(options.headers, name)) return input;
  return { ...input, header: { ...input.header, [name]: newIdempotencyKey() } };
}

function hasHeader(headers: Readonly<Record<string, unknown>> | undefined, name: string): boolean {
  if (headers === undefined) return false;
  const wanted = name.toLowerCase();
  return Object.keys(headers).some((key) => key.toLowerCase() === wanted && headers[key] !== undefined);
}

/**
 * A random UUID (RFC 9562 version 4) from `globalThis.crypto`, which every runtime we support
 * has. `randomUUID` exists only in secure contexts in browsers; `getRandomValues` everywhere.
 */
export function newIdempotencyKey(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
