import type { NoDeclaredHeaders } from "./response-headers.js";

/**
 * What `.withResponse()` gives: the parsed data, the raw `Response` it came from, and the
 * response headers the spec declares for the operation, parsed.
 */
export interface WithResponse<T, H = NoDeclaredHeaders> {
  data: T;
  /** The final response (after redirects); its body has been read. Every header is on `response.headers`. */
  response: Response;
  /**
   * The headers the spec declares for the response's status, parsed per their schemas and keyed
   * as the spec spells them. One that is missing or does not fit its schema is `undefined`.
   */
  headers: H;
}

/**
 * The promise every generated method returns: awaited, it gives the parsed data, as any
 * promise would; `.withResponse()` gives the data together with the raw `Response`, for its
 * headers and status.
 *
 * The data promise is derived only when someone awaits this one, so a caller who uses only
 * `.withResponse()` gets the failure there once, not a second time as an unhandled rejection.
 */
export class APIPromise<T, H = NoDeclaredHeaders> extends Promise<T> {
  readonly #withResponse: Promise<WithResponse<T, H>>;
  #data: Promise<T> | undefined;

  // `then`, `catch` and `finally` return plain promises.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  constructor(withResponse: Promise<WithResponse<T, H>>) {
    // The base promise is never used for the outcome: `then` below answers from `withResponse`.
    super(settleAtOnce);
    this.#withResponse = withResponse;
  }

  /** The parsed data, the raw `Response` (any header, the status) and the declared headers, parsed. */
  withResponse(): Promise<WithResponse<T, H>> {
    return this.#withResponse;
  }

  // biome-ignore lint/suspicious/noThenProperty: this is a promise; `then` answers from the call in flight.
  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?: ((value: T) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    this.#data ??= this.#withResponse.then(dataOf);
    return this.#data.then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(onrejected?: ((reason: unknown) => TResult | PromiseLike<TResult>) | null): Promise<T | TResult> {
    return this.then(undefined, onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}

// Module-level, so that a call allocates no closure for either.
function settleAtOnce(resolve: (value: never) => void): void {
  resolve(undefined as never);
}

function dataOf<T>(result: WithResponse<T, unknown>): T {
  return result.data;
}
