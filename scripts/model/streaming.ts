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
import { pascalCase } from "../emit/names.js";
import { type Json, optionalString, record } from "../document/json.js";
import { type OperationEntry, operationsOf } from "../document/operations.js";
import { escapePointerSegment, pointerSegments } from "../document/pointer.js";
import { follow, type Located, nodeAt } from "../document/refs.js";
import { propertiesOf, typesOf } from "./schema-shape.js";

export interface StreamModel {
  format: StreamFormat;
  /** The media type as the spec writes it. */
  mediaType: string;
  /** One item's schema (for SSE: one event's data), when the spec declares one: where it is, and its component name when it is one. */
  itemSchema: ItemSchema | undefined;
  /** Server-sent events only: how each event's data becomes an item (the runtime's SseDataMode). */
  data?: "json" | "text" | "auto";
}

export interface ItemSchema {
  pointer: string;
  name: string | undefined;
  /**
   * Set when openapi-typescript writes no type where the schema is (under an `itemSchema` or a
   * `contentSchema`, keywords it ignores): the name of the copy the types document gives it in
   * `components.schemas` (prepareTypesDocument), so that the item is typed all the same.
   */
  copiedTo?: string;
}

const EVENT_FIELDS = new Set(["event", "data", "id", "retry"]);

/** Schema keywords openapi-typescript (7.13) does not transform: a schema under one has no type in its output. */
const UNTYPED_KEYWORDS = new Set(["itemSchema", "contentSchema"]);

/**
 * Every stream item schema that openapi-typescript leaves untyped (OpenAPI 3.2's `itemSchema`
 * written inline, an event's `contentSchema`), by pointer, with the name its copy takes in the
 * types document's `components.schemas`: the operation's id (else its method and path) and
 * `StreamItem`, made unique against the document's schema names, in document order. Read by the
 * model (ItemSchema.copiedTo) and by prepareTypesDocument, so both agree on every name.
 */
export function untypedItemSchemas(document: Json): Map<string, string> {
  const taken = new Set(Object.keys(record(record(document.components).schemas)));
  const copies = new Map<string, string>();
  for (const entry of operationsOf(document)) {
    const pointer = streamOf(document, entry)?.itemSchema?.pointer;
    const segments = pointer === undefined ? [] : pointerSegments(pointer);
    if (pointer === undefined || copies.has(pointer) || !segments.some((segment) => UNTYPED_KEYWORDS.has(segment)) || nodeAt(document, segments) === undefined)
      continue;
    const base = `${pascalCase(optionalString(entry.node.operationId) ?? `${entry.method} ${entry.path}`)}StreamItem`;
    let name = base;
    for (let suffix = 2; taken.has(name); suffix++) name = `${base}${suffix}`;
    taken.add(name);
    copies.set(pointer, name);
  }
  return copies;
}

/** streamOf, with the item schema's copy named when it has one (`copies` from untypedItemSchemas). */
export function streamWithCopies(document: Json, entry: OperationEntry, copies: ReadonlyMap<string, string>): StreamModel | undefined {
  const stream = streamOf(document, entry);
  const item = stream?.itemSchema;
  const copiedTo = item === undefined ? undefined : copies.get(item.pointer);
  if (stream === undefined || item === undefined || copiedTo === undefined) return stream;
  return { ...stream, itemSchema: { ...item, copiedTo } };
}

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

function describe(schema: Located): ItemSchema {
  const segments = pointerSegments(schema.pointer);
  const isComponent = segments.length === 3 && segments[0] === "components" && segments[1] === "schemas";
  return { pointer: schema.pointer, name: isComponent ? segments[2] : undefined };
}
