// Streaming operations (scripts/model/streaming.ts): the framing from the success response's
// media type, and the type of one item: OpenAPI 3.2's itemSchema where present, else the media
// type's schema; for server-sent events, the data of an event-shaped schema.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { operationsOf } from "../../scripts/document/operations.js";
import { type StreamModel, streamOf, streamWithCopies, untypedItemSchemas } from "../../scripts/model/streaming.js";
import { streamFormatOf } from "../../src/runtime/stream.js";
import { streamFormatOfMediaType } from "../../src/runtime/media-type.js";
import { REPO_ROOT } from "../helpers/cli.js";

const document = parse(await readFile(join(REPO_ROOT, "test/fixtures/pagination/streams.yaml"), "utf8")) as Record<string, unknown>;
/** OpenAPI 3.2 item schemas written inline (the construct fixture). */
const document32 = parse(await readFile(join(REPO_ROOT, "test/fixtures/constructs/item-schema.yaml"), "utf8")) as Record<string, unknown>;
const byId = new Map(operationsOf(document).map((entry) => [String(entry.node.operationId), entry]));

const token = { pointer: "#/components/schemas/Token", name: "Token" };
const cases: [string, { operationId: string; want: StreamModel | undefined }][] = [
  [
    "SSE with no schema: data of unknown shape, guessed",
    { operationId: "subscribe", want: { format: "sse", mediaType: "text/event-stream", itemSchema: undefined, data: "auto" } },
  ],
  [
    "SSE whose schema is the data (clever-cloud)",
    {
      operationId: "getNetworkGroupStream",
      want: { format: "sse", mediaType: "text/event-stream", itemSchema: { pointer: "#/components/schemas/NetworkGroup", name: "NetworkGroup" }, data: "json" },
    },
  ],
  [
    "SSE with a 3.2 itemSchema of the event: its data's contentSchema",
    { operationId: "createCompletion", want: { format: "sse", mediaType: "text/event-stream", itemSchema: token, data: "json" } },
  ],
  [
    "SSE whose data is a plain string: kept as text",
    {
      operationId: "tailLogs",
      want: {
        format: "sse",
        mediaType: "text/event-stream",
        itemSchema: { pointer: "#/paths/~1v1~1logs/get/responses/200/content/text~1event-stream/schema", name: undefined },
        data: "text",
      },
    },
  ],
  ["NDJSON records", { operationId: "exportRecords", want: { format: "ndjson", mediaType: "application/x-ndjson", itemSchema: token } }],
  ["JSON Lines with an itemSchema", { operationId: "exportLines", want: { format: "ndjson", mediaType: "application/jsonl", itemSchema: token } }],
  [
    "a JSON text sequence",
    {
      operationId: "exportSequence",
      want: {
        format: "json-seq",
        mediaType: "application/json-seq",
        itemSchema: { pointer: "#/paths/~1v1~1export.seq/get/responses/200/content/application~1json-seq/schema", name: undefined },
      },
    },
  ],
  ["not a stream: SSE offered beside plain JSON", { operationId: "chat", want: undefined }],
];

describe("streamOf", () => {
  it.each(cases)("%s", (_name, { operationId, want }) => {
    const entry = byId.get(operationId);
    if (entry === undefined) throw new Error(`no ${operationId}`);
    expect(streamOf(document, entry)).toEqual(want);
  });

  it("an event-shaped schema with a plain string data is text; with an object data, JSON", () => {
    const sse = (data: unknown) => ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/e": {
          get: {
            responses: {
              "200": { description: "e", content: { "text/event-stream": { schema: { type: "object", properties: { event: { type: "string" }, data } } } } },
            },
          },
        },
      },
    });
    const modes = [{ type: "string" }, { type: "object", properties: { n: { type: "integer" } } }].map((data) => {
      const doc = sse(data);
      const [entry] = operationsOf(doc);
      return entry === undefined ? undefined : streamOf(doc, entry)?.data;
    });
    expect(modes).toEqual(["text", "json"]);
  });
});

describe("the generator and the runtime frame streams alike", () => {
  it.each([
    ["text/event-stream; charset=utf-8", "sse"],
    ["application/x-ndjson", "ndjson"],
    ["Application/JSONL", "ndjson"],
    ["application/x-jsonlines", "ndjson"],
    ["application/json-seq", "json-seq"],
    ["application/json", undefined],
  ])("%s", (mediaType, want) => {
    expect([streamFormatOfMediaType(mediaType), streamFormatOf(mediaType)]).toEqual([want, want]);
  });
});

describe("untypedItemSchemas: the item schemas openapi-typescript leaves untyped, and their copies' names", () => {
  const event = "#/paths/~1chat/post/responses/200/content/text~1event-stream/itemSchema";

  it("names each inline itemSchema or contentSchema after its operation, around the names the spec has taken; a $ref or a media type's schema is typed already", () => {
    expect(untypedItemSchemas(document32)).toEqual(
      new Map([
        [`${event}/properties/data/contentSchema`, "ChatStreamItem2"],
        ["#/paths/~1jobs~1export/get/responses/200/content/application~1jsonl/itemSchema", "ExportJobsStreamItem"],
        ["#/paths/~1jobs~1{id}~1progress/get/responses/200/content/text~1event-stream/itemSchema/properties/data", "WatchJobStreamItem"],
        ["#/paths/~1logs/get/responses/200/content/text~1event-stream/itemSchema/properties/data", "TailLogsStreamItem"],
      ]),
    );
    expect(untypedItemSchemas(document)).toEqual(new Map());
  });

  it("the model names the copy its item's type comes from", () => {
    const entry = operationsOf(document32).find((candidate) => candidate.node.operationId === "chat");
    if (entry === undefined) throw new Error("no chat operation");
    expect(streamWithCopies(document32, entry, untypedItemSchemas(document32))?.itemSchema).toEqual({
      pointer: `${event}/properties/data/contentSchema`,
      name: undefined,
      copiedTo: "ChatStreamItem2",
    });
  });
});
