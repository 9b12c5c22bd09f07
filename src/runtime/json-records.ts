/**
 * Streams of JSON records, decoded incrementally: NDJSON / JSON Lines (a record a line) and
 * RFC 7464 JSON text sequences (each record led by RS, U+001E). Pure: bytes in, parsed records
 * out, so a chunk may end anywhere, a UTF-8 character included.
 */
import { ClientError } from "../core/errors.js";

/** How records are delimited on the wire. */
export type RecordFormat = "ndjson" | "json-seq";

/** A record (or an SSE `data` declared JSON) that is not valid JSON. */
export class StreamDecodeError extends ClientError {
  override name = "StreamDecodeError";
  /** The text that did not parse. */
  readonly text: string;

  constructor(what: string, text: string, options?: { cause?: unknown }) {
    super(`${what} is not valid JSON: ${JSON.stringify(text.slice(0, 200))}`, options);
    this.text = text;
  }
}

/** The JSON value of `text`, or a StreamDecodeError naming `what` it was. */
export function parseJsonRecord(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new StreamDecodeError(what, text, { cause });
  }
}

/**
 * NDJSON splits on LF only: a lone CR is JSON whitespace and may sit inside a record, and the
 * CR of a CRLF is trimmed as whitespace. json-seq splits on RS; the LF that ends each record
 * (RFC 7464 §2) is whitespace too. Blank records are skipped in both.
 */
const DELIMITERS: Record<RecordFormat, string> = { ndjson: "\n", "json-seq": "\x1e" };

/** Feeds bytes in, takes parsed records out. */
export class JsonRecordDecoder {
  readonly #text = new TextDecoder("utf-8");
  readonly #delimiter: string;
  #partial = "";
  #count = 0;

  constructor(format: RecordFormat) {
    this.#delimiter = DELIMITERS[format];
  }

  /**
   * The records that `chunk` completes, in order. Each is parsed as it is taken, so that the
   * records before one that is not JSON are delivered before its error.
   */
  push(chunk: Uint8Array): Iterable<unknown> {
    // Only the new text is split, so that a long record arriving in many chunks costs linear time.
    const pieces = this.#text.decode(chunk, { stream: true }).split(this.#delimiter);
    pieces[0] = this.#partial + pieces[0];
    this.#partial = pieces.pop()!;
    return this.#parse(pieces);
  }

  /** The last record, which the end of the stream completes. */
  end(): Iterable<unknown> {
    const last = this.#partial + this.#text.decode();
    this.#partial = "";
    return this.#parse([last]);
  }

  *#parse(pieces: string[]): Generator<unknown> {
    for (const piece of pieces) {
      const text = piece.trim();
      if (text === "") continue;
      this.#count++;
      yield parseJsonRecord(text, `Record ${this.#count} of the stream`);
    }
  }
}
