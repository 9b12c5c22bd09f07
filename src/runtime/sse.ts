/**
 * Server-sent events, decoded incrementally as the WHATWG HTML standard interprets an event
 * stream (§9.2.6 "Interpreting an event stream"). Pure: bytes in, events out, no I/O, so a
 * chunk may end anywhere (mid-event, mid-line, mid-UTF-8 character, between CR and LF).
 */

/** One dispatched event, as the standard's `MessageEvent` would carry it. */
export interface ServerSentEvent {
  /** The `event:` field, or `"message"` when the event named none. */
  event: string;
  /** Every `data:` line of the event, joined with `\n`. */
  data: string;
  /** The last event ID: the latest `id:` field seen so far on this stream, not only in this event. */
  id: string | undefined;
  /** The reconnection time in ms: the latest valid `retry:` field seen so far on this stream. */
  retry: number | undefined;
}

/**
 * Splits text into lines ended by CRLF, LF or CR, as the standard's `end-of-line` rule has it.
 * A CR at the end of a chunk waits for the next one: an LF there would make it one CRLF.
 */
export class LineSplitter {
  #partial = "";
  #endsWithCarriageReturn = false;

  push(text: string): string[] {
    // A chunk that decodes to nothing (the start of a split character) must not forget a pending CR.
    if (text === "") return [];
    let input = text;
    if (this.#endsWithCarriageReturn && input.startsWith("\n")) input = input.slice(1);
    this.#endsWithCarriageReturn = input.endsWith("\r");
    // Only the new text is split, so that a long line arriving in many chunks costs linear time.
    const pieces = input.split(/\r\n|\r|\n/);
    pieces[0] = this.#partial + pieces[0];
    this.#partial = pieces.pop()!;
    return pieces;
  }

  /** The last line when the text ended without a line end (the standard discards it; NDJSON keeps it). */
  end(): string | undefined {
    const last = this.#partial;
    this.#partial = "";
    return last === "" ? undefined : last;
  }
}

/** Feeds bytes in, takes whole events out. One decoder per stream: it keeps the last event ID. */
export class SseDecoder {
  // A streaming decoder carries a split UTF-8 sequence over to the next chunk; it also drops
  // one leading BOM, as the standard asks.
  readonly #text = new TextDecoder("utf-8");
  readonly #lines = new LineSplitter();
  #data: string[] = [];
  #event = "";
  #lastEventId: string | undefined;
  #retry: number | undefined;

  /** The events that `chunk` completes, in order. */
  push(chunk: Uint8Array): ServerSentEvent[] {
    return this.#interpret(this.#lines.push(this.#text.decode(chunk, { stream: true })));
  }

  /**
   * The events completed by the end of the stream. An event not closed by an empty line is
   * discarded, as the standard says: the stream may have been cut off in the middle of it.
   */
  end(): ServerSentEvent[] {
    const events = this.#interpret(this.#lines.push(this.#text.decode()));
    this.#lines.end();
    return events;
  }

  #interpret(lines: string[]): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    for (const line of lines) {
      if (line === "") {
        const event = this.#dispatch();
        if (event !== undefined) events.push(event);
      } else if (!line.startsWith(":")) {
        // A line starting with a colon is a comment, often a heartbeat to keep proxies from timing out.
        this.#field(line);
      }
    }
    return events;
  }

  #field(line: string): void {
    const colon = line.indexOf(":");
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (name) {
      case "event":
        this.#event = value;
        return;
      case "data":
        this.#data.push(value);
        return;
      case "id":
        if (!value.includes("\0")) this.#lastEventId = value;
        return;
      case "retry":
        if (/^[0-9]+$/.test(value)) this.#retry = Number(value);
        return;
      // Any other field is ignored.
    }
  }

  #dispatch(): ServerSentEvent | undefined {
    const data = this.#data;
    const event = this.#event;
    this.#data = [];
    this.#event = "";
    // An event without data lines is not dispatched, whatever else it set.
    if (data.length === 0) return undefined;
    return { event: event || "message", data: data.join("\n"), id: this.#lastEventId, retry: this.#retry };
  }
}
