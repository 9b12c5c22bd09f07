/**
 * A streamed response body as an async iterable of typed items: server-sent events, NDJSON /
 * JSON Lines, or RFC 7464 JSON text sequences. Built from a `Response` whose body has not been
 * read; only generated methods of streaming operations import it, so other clients never bundle it.
 */
import { APIUserAbortError, ClientError } from "../core/errors.js";
import { ByteSource } from "./byte-source.js";
import { JsonRecordDecoder, parseJsonRecord } from "./json-records.js";
import { type StreamFormat, streamFormatOfMediaType } from "./media-type.js";
import { type ServerSentEvent, SseDecoder } from "./sse.js";
import type { StreamHandoff } from "./types.js";

export type { StreamFormat };

/** How an SSE event's `data` becomes an item. */
export type SseDataMode = "json" | "text" | "auto";

export interface StreamOptions {
  /** How the body is framed. @default from the response's `Content-Type` (Stream.fromResponse) */
  format?: StreamFormat;
  /**
   * How an SSE event's data becomes an item: `"json"` parses it (a StreamDecodeError when it is not
   * JSON), `"text"` keeps the string, `"auto"` parses it when it parses as JSON (so `42` is a number)
   * and keeps the string otherwise.
   * The generator passes `"json"` or `"text"` when the spec declares the data. @default "auto"
   */
  data?: SseDataMode;
  /**
   * Milliseconds of silence (no byte arriving while an item is awaited) after which the stream
   * fails with APIConnectionTimeoutError. Restarted by every chunk, so a long stream never
   * times out while the server keeps talking, heartbeats included. @default no limit
   */
  idleTimeoutMs?: number;
  /** The controller of the request that produced the body; `abort()` and early exits abort it too. */
  controller?: AbortController;
  /** The caller's signal: when it fires, the stream ends with APIUserAbortError. */
  signal?: AbortSignal;
}

/** The media types that are streams, and how each is framed (the generator asks the same module). */
export function streamFormatOf(contentType: string): StreamFormat | undefined {
  return streamFormatOfMediaType(contentType);
}

/** The SSE data by which OpenAI-style APIs say "no more events"; it ends iteration. */
const DONE = "[DONE]";

/**
 * Iterate it once: `for await (const item of stream)` for parsed items, `.events()` for raw
 * server-sent events, or `.toReadableStream()`. Leaving a loop early (`break`, `return`, a throw)
 * releases the connection; `abort()` does too, and fails a read in progress with APIUserAbortError.
 */
export class Stream<T> implements AsyncIterable<T> {
  readonly #format: StreamFormat;
  readonly #data: SseDataMode;
  readonly #source: ByteSource;
  #consumedBy: string | undefined;

  constructor(body: ReadableStream<Uint8Array>, options: StreamOptions & { format: StreamFormat }) {
    this.#format = options.format;
    this.#data = options.data ?? "auto";
    this.#source = new ByteSource(body, options);
  }

  /** A stream over `response`'s body, framed as its `Content-Type` says unless `options.format` is given. */
  static fromResponse<T>(response: Response, options: StreamOptions = {}): Stream<T> {
    const contentType = response.headers.get("content-type") ?? "";
    const format = options.format ?? streamFormatOf(contentType);
    if (format === undefined) {
      throw new ClientError(
        `Cannot stream a response of type "${contentType}": expected text/event-stream, application/x-ndjson, application/jsonl or application/json-seq.`,
      );
    }
    // A body-less response (204, HEAD) is a stream that ends at once.
    const body = response.body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
    return new Stream<T>(body, { ...options, format });
  }

  /**
   * The function a generated method passes as `OperationInput.stream`: it builds the Stream from a
   * success response whose headers just arrived, with the call's timeout as the idle timeout.
   */
  static reader<T>(options: Pick<StreamOptions, "format" | "data">): (handoff: StreamHandoff) => Stream<T> {
    return ({ response, controller, signal, timeoutMs }) => Stream.fromResponse<T>(response, { ...options, controller, signal, idleTimeoutMs: timeoutMs });
  }

  /** The items: SSE data (ended by a `[DONE]` data) or the parsed records. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    this.#claim("for await");
    return this.#format === "sse" ? this.#sseItems() : this.#records();
  }

  /** The raw events, `[DONE]` included: for event names, ids and retry times. Server-sent event streams only. */
  events(): AsyncIterable<ServerSentEvent> {
    if (this.#format !== "sse") throw new ClientError(`events() is for server-sent events; this stream is ${this.#format}.`);
    this.#claim("events()");
    return this.#events();
  }

  /** The items as a `ReadableStream`, e.g. to hand to a `Response` or another thread; cancelling it releases the connection. */
  toReadableStream(): ReadableStream<T> {
    const iterator = this[Symbol.asyncIterator]();
    return new ReadableStream<T>({
      async pull(controller) {
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }

  /** Stops the stream: the connection is released and a read in progress fails with APIUserAbortError. */
  abort(reason?: unknown): void {
    this.#source.fail(new APIUserAbortError({ cause: reason }));
  }

  #claim(how: string): void {
    if (this.#consumedBy !== undefined) {
      throw new ClientError(`This Stream is already being read (by ${this.#consumedBy}); a Stream can be read only once.`);
    }
    this.#consumedBy = how;
  }

  #events(): AsyncGenerator<ServerSentEvent> {
    return this.#decode(new SseDecoder());
  }

  async *#sseItems(): AsyncGenerator<T> {
    for await (const event of this.#events()) {
      if (event.data === DONE) return;
      yield eventData(event, this.#data) as T;
    }
  }

  #records(): AsyncGenerator<T> {
    return this.#decode(new JsonRecordDecoder(this.#format === "json-seq" ? "json-seq" : "ndjson")) as AsyncGenerator<T>;
  }

  /** What `decoder` makes of the body, chunk by chunk; the connection is let go however the loop ends. */
  async *#decode<TOut>(decoder: { push(chunk: Uint8Array): Iterable<TOut>; end(): Iterable<TOut> }): AsyncGenerator<TOut> {
    try {
      for (let chunk = await this.#source.read(); chunk !== undefined; chunk = await this.#source.read()) yield* decoder.push(chunk);
      yield* decoder.end();
    } finally {
      this.#source.release();
    }
  }
}

function eventData(event: ServerSentEvent, mode: SseDataMode): unknown {
  if (mode === "text") return event.data;
  if (mode === "json") return parseJsonRecord(event.data, `The data of the "${event.event}" event`);
  try {
    return JSON.parse(event.data);
  } catch {
    // `auto` means "JSON when it parses as JSON": anything else is the text itself, not an error.
    return event.data;
  }
}
