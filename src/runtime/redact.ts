/**
 * Credentials never leave in text: not in an error's message or cause, not in a log line. A
 * server may echo the key it rejected, a header value with a newline is quoted by the platform's
 * own error, and a query key sits in every URL we log.
 */
import { APIConnectionError, ClientError } from "../core/errors.js";

/** Replaces every credential value in a text with `[redacted]`. */
export class Redactor {
  /** Longest first, so that a secret containing another is redacted whole. */
  readonly #secrets: readonly string[];

  constructor(secrets: readonly string[]) {
    // As given, and as they appear in a URL's query. Values shorter than 4 characters are no
    // secret worth the name (test tokens like "t") and would garble every message.
    this.#secrets = [...new Set(secrets.flatMap((secret) => [secret, encodeURIComponent(secret)]))]
      .filter((secret) => secret.length >= 4)
      .sort((a, b) => b.length - a.length);
  }

  text(text: string): string {
    let redacted = text;
    for (const secret of this.#secrets) redacted = redacted.replaceAll(secret, "[redacted]");
    return redacted;
  }

  /** The cause as it is, or, when its text quotes a credential, a plain Error with the credential redacted. */
  cause(cause: unknown): unknown {
    const text = cause instanceof Error ? `${cause.message}\n${cause.stack ?? ""}\n${String(cause.cause)}` : String(cause);
    if (this.text(text) === text) return cause;
    return new Error(this.text(errorMessage(cause)));
  }

  /** Headers as a log line may show them: every credential header's value replaced. */
  headers(headers: Readonly<Record<string, string>>, sensitive: ReadonlySet<string>): Record<string, string> {
    const shown: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) shown[name] = sensitive.has(name.toLowerCase()) ? "[redacted]" : this.text(value);
    return shown;
  }
}

/** A request that could not be built: a programming error, whose message may quote a header value. */
export function unbuildableRequestError(cause: unknown, redactor: Redactor): ClientError {
  return new ClientError(redactor.text(`Could not build the request: ${errorMessage(cause)}`), { cause: redactor.cause(cause) });
}

/** No response, or a body cut off: named by the platform's innermost reason ("ECONNRESET", …). */
export function connectionError(cause: unknown, redactor: Redactor): APIConnectionError {
  const reason = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  return new APIConnectionError(redactor.text(`Connection error: ${errorMessage(reason)}`), { cause: redactor.cause(cause) });
}

function errorMessage(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
