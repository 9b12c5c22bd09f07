/**
 * The incremental decoders, fed bytes directly: the WHATWG event-stream rules one by one, then a
 * sample that exercises all of them cut at every byte position (and at every pair of positions),
 * since a network may split a body anywhere: mid-line, mid-UTF-8 character, between CR and LF.
 */
import { describe, expect, it } from "vitest";
import { JsonRecordDecoder, StreamDecodeError } from "../../src/runtime/json-records.js";
import { type ServerSentEvent, SseDecoder } from "../../src/runtime/sse.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

function decodeWhole(text: string): ServerSentEvent[] {
  const decoder = new SseDecoder();
  return [...decoder.push(utf8(text)), ...decoder.end()];
}

/** Decodes `bytes` fed as the pieces between `cuts` (ascending byte offsets). */
function decodeCut<T>(decoder: { push(chunk: Uint8Array): Iterable<T>; end(): Iterable<T> }, bytes: Uint8Array, cuts: number[]): T[] {
  const out: T[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    out.push(...decoder.push(bytes.subarray(from, cut)));
    from = cut;
  }
  out.push(...decoder.end());
  return out;
}

const message = (data: string, extra: Partial<ServerSentEvent> = {}): ServerSentEvent => ({
  event: "message",
  data,
  id: undefined,
  retry: undefined,
  ...extra,
});

describe("SseDecoder, rule by rule (HTML §9.2.6)", () => {
  const table: [string, { given: string; want: ServerSentEvent[] }][] = [
    ["an empty line dispatches the event", { given: "data: a\n\n", want: [message("a")] }],
    ["data lines are joined with LF", { given: "data: a\ndata: b\ndata:\n\n", want: [message("a\nb\n")] }],
    ["one leading space is stripped, not two", { given: "data:  a\ndata:b\n\n", want: [message(" a\nb")] }],
    ["a field without a colon has an empty value", { given: "data\ndata\n\n", want: [message("\n")] }],
    ["comments are ignored", { given: ": hello\n:\ndata: a\n: between\n\n", want: [message("a")] }],
    ["an event without data is not dispatched", { given: "event: x\nid: 7\n\ndata: a\n\n", want: [message("a", { id: "7" })] }],
    [
      "event names the type; the next event is a message again",
      { given: "event: ping\ndata: 1\n\ndata: 2\n\n", want: [message("1", { event: "ping" }), message("2")] },
    ],
    [
      "id persists until changed; an empty id resets it",
      { given: "id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n", want: [message("a", { id: "1" }), message("b", { id: "1" }), message("c", { id: "" })] },
    ],
    ["an id containing NUL is ignored", { given: "id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n", want: [message("a", { id: "1" }), message("b", { id: "1" })] }],
    [
      "retry takes digits only",
      { given: "retry: 1500\ndata: a\n\nretry: 2s\ndata: b\n\n", want: [message("a", { retry: 1500 }), message("b", { retry: 1500 })] },
    ],
    ["unknown fields are ignored", { given: "foo: bar\ndata: a\n\n", want: [message("a")] }],
    ["CR, LF and CRLF all end lines", { given: "data: a\rdata: b\r\ndata: c\n\r\n", want: [message("a\nb\nc")] }],
    ["a leading BOM is dropped", { given: "\uFEFFdata: a\n\n", want: [message("a")] }],
    ["an event not closed by an empty line is discarded at the end", { given: "data: a\n\ndata: cut", want: [message("a")] }],
    ["a field name is case-sensitive", { given: "Data: a\ndata: b\n\n", want: [message("b")] }],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    expect(decodeWhole(given)).toEqual(want);
  });
});

/** Every rule at once, with multi-byte characters of 2, 3 and 4 bytes, and all three line ends. */
const SAMPLE = [
  "\uFEFF: welcome\r\n",
  "retry: 3000\r\n",
  "\r\n",
  "event: greeting\r\n",
  "data: héllo 🌍\r\n",
  "data:  two spaces\r",
  "id: 1\r",
  "\r",
  ":heartbeat\n",
  "data\n",
  'data: {"text":"日本語","n":2}\n',
  "\n",
  'data: {"text":"ü"}\n',
  "id\n",
  "\n",
  "data: [DONE]\n\n",
  "data: cut off",
].join("");

/** Written out by hand from the rules, not produced by the decoder. */
const SAMPLE_EVENTS: ServerSentEvent[] = [
  { event: "greeting", data: "héllo 🌍\n two spaces", id: "1", retry: 3000 },
  { event: "message", data: '\n{"text":"日本語","n":2}', id: "1", retry: 3000 },
  { event: "message", data: '{"text":"ü"}', id: "", retry: 3000 },
  { event: "message", data: "[DONE]", id: "", retry: 3000 },
];

describe("SseDecoder fed in pieces", () => {
  const bytes = utf8(SAMPLE);

  it("decodes the sample whole", () => {
    expect(decodeCut(new SseDecoder(), bytes, [])).toEqual(SAMPLE_EVENTS);
  });

  it("gives the same events for a cut at every byte position", () => {
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(decodeCut(new SseDecoder(), bytes, [cut]), `cut at byte ${cut}`).toEqual(SAMPLE_EVENTS);
    }
  });

  it("gives the same events for two cuts at every pair of positions (empty pieces included)", () => {
    for (let first = 0; first <= bytes.length; first++) {
      for (let second = first; second <= bytes.length; second++) {
        const events = decodeCut(new SseDecoder(), bytes, [first, second]);
        if (JSON.stringify(events) !== JSON.stringify(SAMPLE_EVENTS)) expect(events, `cuts at bytes ${first} and ${second}`).toEqual(SAMPLE_EVENTS);
      }
    }
  });

  it("gives the same events fed one byte at a time", () => {
    expect(decodeCut(new SseDecoder(), bytes, [...bytes.keys()].slice(1))).toEqual(SAMPLE_EVENTS);
  });

  it("keeps a CR at the end of a chunk from ending two lines when the LF follows in the next", () => {
    const decoder = new SseDecoder();
    expect(decoder.push(utf8("data: a\r"))).toEqual([]);
    expect(decoder.push(utf8("\n"))).toEqual([]);
    expect(decoder.push(utf8("data: b\r"))).toEqual([]);
    expect(decoder.push(new Uint8Array())).toEqual([]);
    expect(decoder.push(utf8("\n"))).toEqual([]);
    expect(decoder.push(utf8("data: c\r\n\r\n"))).toEqual([message("a\nb\nc")]);
  });
});

describe("JsonRecordDecoder", () => {
  const RECORDS = [{ a: "é" }, [1, "日本"], "🌍", 42, null, { nested: { s: "x\ry" } }];

  it("reads NDJSON with LF and CRLF ends, blank lines, and a last record without an end, cut at every byte", () => {
    const text = `${JSON.stringify(RECORDS[0])}\r\n\n${RECORDS.slice(1, -1)
      .map((record) => JSON.stringify(record))
      .join("\n")}\n${JSON.stringify(RECORDS.at(-1))}`;
    const bytes = utf8(text);
    for (let cut = 0; cut <= bytes.length; cut++) expect(decodeCut(new JsonRecordDecoder("ndjson"), bytes, [cut]), `cut at byte ${cut}`).toEqual(RECORDS);
  });

  it("keeps a lone CR inside an NDJSON record, where it is JSON whitespace", () => {
    expect(decodeCut(new JsonRecordDecoder("ndjson"), utf8('{"a":\r1}\n'), [])).toEqual([{ a: 1 }]);
  });

  it("reads RFC 7464 JSON text sequences (RS before, LF after each record), cut at every byte", () => {
    const text = RECORDS.map((record) => `\x1e${JSON.stringify(record, null, 1)}\n`).join("");
    const bytes = utf8(text);
    for (let cut = 0; cut <= bytes.length; cut++) expect(decodeCut(new JsonRecordDecoder("json-seq"), bytes, [cut]), `cut at byte ${cut}`).toEqual(RECORDS);
  });

  it("names the record that is not JSON, after delivering the ones before it", () => {
    const decoder = new JsonRecordDecoder("ndjson");
    const taken: unknown[] = [];
    const error = (() => {
      try {
        for (const record of decoder.push(utf8('{"ok":1}\n{"ok":2}\n{oops}\n'))) taken.push(record);
      } catch (caught) {
        return caught;
      }
    })();
    expect(taken).toEqual([{ ok: 1 }, { ok: 2 }]);
    expect(error).toBeInstanceOf(StreamDecodeError);
    expect((error as StreamDecodeError).message).toBe('Record 3 of the stream is not valid JSON: "{oops}"');
    expect((error as StreamDecodeError).text).toBe("{oops}");
  });
});
