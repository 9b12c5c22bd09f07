import { describe, expect, it } from "vitest";
import { isJsonMediaType, isTextMediaType, streamFormatOfMediaType } from "../../src/runtime/media-type.js";

// One module decides for the generator and the runtime; a wrong answer here types a body one way
// and reads it another.
describe("isJsonMediaType", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["APPLICATION/JSON", true],
    ["application/problem+json", true],
    ["application/vnd.github.v3+json", true],
    ["application/json-patch+json", true],
    ["application/json-seq", false],
    ["application/jsonl", false],
    ["application/x-ndjson", false],
    ["text/json", false],
    ["application/jsonp", false],
  ])("%s → %s", (mediaType, json) => {
    expect(isJsonMediaType(mediaType)).toBe(json);
  });
});

describe("record streams are not single JSON bodies", () => {
  it.each([
    ["application/json-seq", "json-seq"],
    ["application/x-ndjson", "ndjson"],
    ["application/jsonl", "ndjson"],
    ["text/event-stream", "sse"],
    ["application/json", undefined],
  ])("%s → %s", (mediaType, format) => {
    expect(streamFormatOfMediaType(mediaType)).toBe(format);
  });

  it("reads text/* and XML as text, not JSON", () => {
    expect(isTextMediaType("text/plain")).toBe(true);
    expect(isTextMediaType("application/xml")).toBe(true);
    expect(isTextMediaType("application/json")).toBe(false);
  });
});
