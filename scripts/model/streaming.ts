/**
 * Streaming operations: a success response that is server-sent events, NDJSON / JSON Lines or a
 * JSON text sequence, and the type of one item. The item schema is OpenAPI 3.2's `itemSchema`
 * where the media type has one, else its `schema` (what 3.0 and 3.1 specs write for a stream).
 *
 * For server-sent events the client iterates each event's `data`. A schema shaped like the event
 * itself (an object whose properties are among `event`, `data`, `id`, `retry`, `data` included,
 * as 3.2's examples write `itemSchema`) is read for its `data`: that property's `contentSchema`
 * when it has one (3.2: `contentMediaType: application/json`), else the property. Any other schema
 * is the data's. The data is parsed as JSON unless its schema is a plain string ("text"); with no
 * schema at all the runtime guesses ("auto").
 */
import { isJsonMediaType, type StreamFormat, streamFormatOfMediaType } from "../../src/runtime/media-type.js";
import { type Json, record } from "../document/json.js";
import type { OperationEntry } from "../document/operations.js";
import { escapePointerSegment, pointerSegments } from "../document/pointer.js";
import { follow, type Located } from "../document/refs.js";
import { propertiesOf, typesOf } from "./schema-shape.js";

export interface StreamModel {
  format: StreamFormat;
  /** The media type as the spec writes it. */
  mediaType: string;
  /** One item's schema (for SSE: one event's data), when the spec declares one: where it is, and its component name when it is one. */
  itemSchema: { pointer: string; name: string | undefined } | undefined;
  /** Server-sent events only: how each event's data becomes an item (the runtime's SseDataMode). */
  data?: "json" | "text" | "auto";
}

const EVENT_FIELDS = new Set(["event", "data", "id", "retry"]);

/** The operation's stream, when its success response is one (and only a stream: no JSON alternative). */
export function streamOf(document: Json, entry: OperationEntry): StreamModel | undefined {
  const responses = record(entry.node.responses);
  const status = Object.keys(responses).find((code) => /^2/.test(code));
  if (status === undefined) return undefined;
  const response = follow(document, { node: responses[status], pointer: `${entry.pointer}/responses/${escapePointerSegment(status)}` });
  const content = record(response.node.content);
  const mediaTypes = Object.keys(content);
  // A response that may also be plain JSON (a `stream: true` switch) is not always a stream: left to the caller.
  if (mediaTypes.some(isJsonMediaType)) return undefined;
  const mediaType = mediaTypes.find((type) => streamFormatOfMediaType(type) !== undefined);
  const format = mediaType === undefined ? undefined : streamFormatOfMediaType(mediaType);
  if (mediaType === undefined || format === undefined) return undefined;
  const at = `${response.pointer}/content/${escapePointerSegment(mediaType)}`;
  const media = record(content[mediaType]);
  const key = media.itemSchema !== undefined ? "itemSchema" : media.schema !== undefined ? "schema" : undefined;
  const declared = key === undefined ? undefined : follow(document, { node: media[key], pointer: `${at}/${key}` });
  if (format !== "sse") return { format, mediaType, itemSchema: declared && describe(declared) };
  const data = declared === undefined ? undefined : eventData(document, declared);
  return { format, mediaType, itemSchema: data && describe(data), data: data === undefined ? "auto" : dataMode(document, data) };
}

/** The schema of an event's data: the `data` of an event-shaped schema, else the schema itself. */
function eventData(document: Json, schema: Located): Located {
  const properties = propertiesOf(document, schema);
  const eventShaped = properties.has("data") && [...properties.keys()].every((name) => EVENT_FIELDS.has(name));
  const data = eventShaped ? properties.get("data") : undefined;
  if (data === undefined) return schema;
  return data.node.contentSchema === undefined ? data : follow(document, { node: data.node.contentSchema, pointer: `${data.pointer}/contentSchema` });
}

/** "text" for a plain string (not one declared to hold JSON), else "json". */
function dataMode(document: Json, data: Located): "json" | "text" {
  const types = typesOf(document, data);
  const holdsJson = typeof data.node.contentMediaType === "string" && isJsonMediaType(data.node.contentMediaType);
  return types.size === 1 && types.has("string") && !holdsJson ? "text" : "json";
}

function describe(schema: Located): { pointer: string; name: string | undefined } {
  const segments = pointerSegments(schema.pointer);
  const isComponent = segments.length === 3 && segments[0] === "components" && segments[1] === "schemas";
  return { pointer: schema.pointer, name: isComponent ? segments[2] : undefined };
}
