import { type HTTPValidationError, Modbox as GeneratedModbox, type ValidationError } from "../generated/modbox/index.js";
import { APIError, ErrorOrigin } from "./runtime/index.js";

export * from "../generated/modbox/index.js";

const raisedByModbox = new ErrorOrigin();

/**
 * Any APIError a Modbox client throws. `err instanceof ModboxError` narrows the body to the
 * spec's error schema and gives the 422 validation problems as `detail`.
 */
export class ModboxError extends APIError<HTTPValidationError | string | undefined> {
  /** The validation problems of a 422 response (`HTTPValidationError.detail`); undefined otherwise. */
  declare readonly detail: ValidationError[] | undefined;

  // A typed view over the shared status classes (see ErrorOrigin); direct instances count too.
  static override [Symbol.hasInstance](value: unknown): value is ModboxError {
    // biome-ignore lint/complexity/noThisInStatic: \`this\` is the class on the right of instanceof, as the default check uses it.
    return raisedByModbox.includes(value) || Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/**
 * The Modbox API client: `new Modbox({ token })`, or the MODBOX_TOKEN environment variable.
 */
export class Modbox extends GeneratedModbox {
  protected override describeError(error: APIError): void {
    const body = error.body;
    const detail = typeof body === "object" && body !== null && "detail" in body && Array.isArray(body.detail) ? body.detail : undefined;
    raisedByModbox.claim(error, { detail });
  }
}

/**
 * `Modbox` under the name the Modbox API reference's TypeScript examples use
 * (`new ModboxOpenApiClient({ token })`), so a pasted example compiles with only its import
 * path changed. The same class, not a subclass: `instanceof` either name is the same check.
 */
export { Modbox as ModboxOpenApiClient };
