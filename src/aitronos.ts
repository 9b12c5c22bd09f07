import { Aitronos as GeneratedAitronos, type ErrorResponse } from "../generated/aitronos/index.js";
import { APIError, ErrorOrigin } from "./runtime/index.js";

export * from "../generated/aitronos/index.js";

const raisedByAitronos = new ErrorOrigin();

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

  // A typed view over the shared status classes (see ErrorOrigin); direct instances count too.
  static override [Symbol.hasInstance](value: unknown): value is AitronosError {
    // biome-ignore lint/complexity/noThisInStatic: \`this\` is the class on the right of instanceof, as the default check uses it.
    return raisedByAitronos.includes(value) || Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/**
 * The Aitronos API client: `new Aitronos({ apiKey })`, or the FREDDY_API_KEY environment variable.
 */
export class Aitronos extends GeneratedAitronos {
  protected override describeError(error: APIError): void {
    const envelope = errorEnvelope(error.body);
    const text = (value: unknown) => (typeof value === "string" ? value : undefined);
    raisedByAitronos.claim(error, { code: text(envelope?.code), type: text(envelope?.type), traceId: text(envelope?.trace_id) });
  }
}

function errorEnvelope(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== "object" || body === null || !("error" in body)) return undefined;
  const inner = body.error;
  return typeof inner === "object" && inner !== null ? (inner as Record<string, unknown>) : undefined;
}
