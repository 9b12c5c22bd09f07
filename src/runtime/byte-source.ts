/**
 * A response body read chunk by chunk for Stream (stream.ts), with the three ways a read can end
 * early mapped to the client's errors: silence past the idle timeout, the caller's abort, a lost
 * connection.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, type ClientError } from "../core/errors.js";
import type { StreamOptions } from "./stream.js";

export type ByteSourceOptions = Pick<StreamOptions, "idleTimeoutMs" | "controller" | "signal">;

/** The body's bytes, one chunk a read; every failure is one of the client's errors. */
export class ByteSource {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #options: ByteSourceOptions;
  /** `ended`: the body ended; `closed`: we let go of it, on a failure or an early exit. */
  #state: "open" | "ended" | "closed" = "open";
  #failure: ClientError | undefined;
  #rejectRead: ((error: ClientError) => void) | undefined;
  #listening = false;
  readonly #onUserAbort = () => this.fail(new APIUserAbortError({ cause: this.#options.signal?.reason }));

  constructor(body: ReadableStream<Uint8Array>, options: ByteSourceOptions) {
    this.#reader = body.getReader();
    this.#options = options;
  }

  /** The next chunk, or `undefined` at the end of the body. */
  async read(): Promise<Uint8Array | undefined> {
    this.#listen();
    if (this.#failure !== undefined) throw this.#failure;
    if (this.#state !== "open") return undefined;
    const next = await new Promise<ReadableStreamReadResult<Uint8Array>>((resolve, reject) => {
      this.#rejectRead = reject;
      const idleMs = this.#options.idleTimeoutMs;
      const timer = idleMs === undefined ? undefined : setTimeout(() => this.fail(idleTimeoutError(idleMs)), idleMs);
      this.#reader.read().then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (cause: unknown) => {
          clearTimeout(timer);
          this.fail(this.#readError(cause));
        },
      );
    });
    this.#rejectRead = undefined;
    if (!next.done) return next.value;
    this.#state = "ended";
    this.#unlisten();
    return undefined;
  }

  /** Ends the stream with `error`: a read in progress rejects with it now, and so does every later read. */
  fail(error: ClientError): void {
    if (this.#state !== "open") return;
    this.#failure = error;
    this.#rejectRead?.(error);
    this.#close(error);
  }

  /** Lets go of the connection, when the stream is left before its end, and of the caller's signal. */
  release(): void {
    if (this.#state === "open") this.#close(undefined);
    this.#unlisten();
  }

  #close(reason: ClientError | undefined): void {
    this.#state = "closed";
    this.#unlisten();
    // cancel() rejects only when the body had already failed, and read() reports that failure;
    // the echo here has nothing to add.
    this.#reader.cancel(reason).catch(() => undefined);
    this.#options.controller?.abort(reason);
  }

  /** Listens to the caller's signal from the first read on, so that a stream never read holds no listener. */
  #listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    const signal = this.#options.signal;
    if (signal?.aborted) this.#onUserAbort();
    else signal?.addEventListener("abort", this.#onUserAbort, { once: true });
  }

  #unlisten(): void {
    this.#options.signal?.removeEventListener("abort", this.#onUserAbort);
  }

  #readError(cause: unknown): ClientError {
    if (this.#options.signal?.aborted) return new APIUserAbortError({ cause });
    const detail = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
    return new APIConnectionError(`Connection lost mid-stream: ${detail instanceof Error ? detail.message : String(detail)}`, { cause });
  }
}

function idleTimeoutError(idleMs: number): APIConnectionTimeoutError {
  const error = new APIConnectionTimeoutError(idleMs);
  error.message = `No data on the stream for ${idleMs} ms.`;
  return error;
}
