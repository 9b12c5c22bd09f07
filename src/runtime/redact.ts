/**
 * Credentials never leave in text: not in an error's message or cause, not in a log line. A
 * server may echo the key it rejected, a header value with a newline is quoted by the platform's
 * own error, and a query key sits in every URL we log.
 */
import { APIConnectionError, ClientError } from "../core/errors.js";
import type { ResolvedCredentials } from "./types.js";

/** How many values returned by credential functions stay redacted besides the fixed ones. */
const MAX_ROTATED_SECRETS = 32;

/** Every credential value as it may appear in text: as sent, and without its scheme (`Bearer …`, `Basic …`). */
export function secretsIn(credentials: ResolvedCredentials): string[] {
  return [credentials.headers, credentials.query, credentials.cookie].flatMap((values) =>
    Object.values(values).flatMap((value) => [value, value.replace(/^(Bearer|Basic) /, "")]),
  );
}

/** Replaces every credential value in a text with `[redacted]`. */
export class Redactor {
  /** Given when the redactor was made: never dropped. */
  readonly #fixed: readonly string[];
  /** Returned by credential functions, newest last. */
  #rotated: readonly string[] = [];
  /** Both, longest first, so that a secret containing another is redacted whole. */
  #secrets: readonly string[] = [];

  constructor(secrets: readonly string[]) {
    this.#fixed = asTheyAppear(secrets);
    this.#secrets = longestFirst(this.#fixed);
  }

  /**
   * Redacts `secrets` too from now on: values a credential function returned. The newest few are
   * kept, so that a token refreshed every hour does not grow the list for ever.
   */
  add(secrets: readonly string[]): void {
    const added = asTheyAppear(secrets).filter((secret) => !this.#secrets.includes(secret));
    if (added.length === 0) return;
    this.#rotated = [...this.#rotated, ...added].slice(-MAX_ROTATED_SECRETS);
    this.#secrets = longestFirst([...this.#fixed, ...this.#rotated]);
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

/**
 * As given, and as they appear in a URL's query. Values shorter than 4 characters are no secret
 * worth the name (test tokens like "t") and would garble every message.
 */
function asTheyAppear(secrets: readonly string[]): string[] {
  return secrets.flatMap((secret) => [secret, encodeURIComponent(secret)]).filter((secret) => secret.length >= 4);
}

function longestFirst(secrets: readonly string[]): string[] {
  return [...new Set(secrets)].sort((a, b) => b.length - a.length);
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
