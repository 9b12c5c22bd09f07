import { Aitronos as GeneratedAitronos, type ErrorResponse } from "../generated/aitronos/index.js";
import { APIError } from "./runtime/index.js";

export * from "../generated/aitronos/index.js";

const raisedByAitronos = new WeakSet<APIError>();

/**
 * Any APIError an Aitronos client throws. `err instanceof AitronosError` narrows the body to
 * the documented error envelope and lifts its `code`, `type` and `trace_id` to typed fields.
 */
export class AitronosError extends APIError<ErrorResponse | string | undefined> {
  /** `error.code` of the envelope, e.g. `INSUFFICIENT_PERMISSIONS`. */
  declare readonly code: string | undefined;
  /** `error.type` of the envelope, e.g. `authorization_error`. */
  declare readonly type: string | undefined;
  /** `error.trace_id` of the envelope: quote it to Aitronos support. */
  declare readonly traceId: string | undefined;

  // The error itself is one of the shared status classes (e.g. PermissionDeniedError);
  // this class is a typed view of it, so membership is by origin rather than by prototype.
  static override [Symbol.hasInstance](value: unknown): value is AitronosError {
    return (value instanceof APIError && raisedByAitronos.has(value)) || Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/**
 * The Aitronos API client: `new Aitronos({ apiKey })`, or the FREDDY_API_KEY environment variable.
 */
export class Aitronos extends GeneratedAitronos {
  protected override describeError(error: APIError): void {
    raisedByAitronos.add(error);
    const envelope = errorEnvelope(error.body);
    const fields = { code: envelope?.code, type: envelope?.type, traceId: envelope?.trace_id };
    for (const [name, value] of Object.entries(fields)) {
      Object.defineProperty(error, name, { value: typeof value === "string" ? value : undefined, enumerable: true });
    }
  }
}

function errorEnvelope(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  const inner = body.error;
  return typeof inner === "object" && inner !== null ? (inner as Record<string, unknown>) : undefined;
}
