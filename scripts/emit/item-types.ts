/**
 * The type of one item of a stream or a page: an indexed access into openapi-typescript's output
 * (`components`, `paths`) found from where the model says the item's schema is.
 */
import { pointerSegments } from "../document/pointer.js";
import type { StreamModel } from "../model/streaming.js";
import { stringLiteral } from "./escape.js";

/** Schema aliases by schema name, and whether the spec marks readOnly/writeOnly properties. */
export interface Aliases {
  of: Map<string, string>;
  readWrite: boolean;
}

export function readable(type: string, readWrite: boolean): string {
  return readWrite ? `Readable<${type}>` : type;
}

/** One stream item: an event's data or a record; `unknown` where the spec does not say, `string` for text data. */
export function streamItemType(stream: StreamModel, aliases: Aliases): string {
  if (stream.data === "text") return "string";
  if (stream.itemSchema === undefined) return "unknown";
  const { copiedTo, pointer } = stream.itemSchema;
  if (copiedTo !== undefined) return readable(`components["schemas"][${stringLiteral(copiedTo)}]`, aliases.readWrite);
  return typeAtPointer(pointer, aliases) ?? "unknown";
}

/**
 * The schema at `pointer` as a type, or undefined where openapi-typescript writes no type for it
 * (OpenAPI 3.2's `itemSchema`, a `contentSchema`). Steps below the schema (an event's `data`
 * property, an array's items) become indexed accesses; a property step drops `undefined`, as an
 * item is always there.
 */
function typeAtPointer(pointer: string, aliases: Aliases): string | undefined {
  const segments = pointerSegments(pointer);
  const base = baseType(segments, aliases);
  if (base === undefined) return undefined;
  let type = base.type;
  const rest = segments.slice(base.length);
  for (let index = 0; index < rest.length; index++) {
    if (rest[index] === "items") type = `${type}[number]`;
    else if (rest[index] === "properties" && rest[index + 1] !== undefined) type = `Exclude<${type}[${stringLiteral(rest[++index] as string)}], undefined>`;
    else return undefined;
  }
  return type;
}

function baseType(segments: string[], aliases: Aliases): { type: string; length: number } | undefined {
  const [root, kind, name] = segments;
  if (root === "components" && kind === "schemas" && name !== undefined) {
    return { type: aliases.of.get(name) ?? readable(`components["schemas"][${stringLiteral(name)}]`, aliases.readWrite), length: 3 };
  }
  // …/content/<media type>/schema: openapi-typescript's `content[<media type>]` is that schema.
  const content = segments.indexOf("content");
  if (content < 0 || segments[content + 2] !== "schema") return undefined;
  const [mediaType, at] = [segments[content + 1] as string, segments.slice(0, content)];
  const response =
    at[0] === "paths" && at[3] === "responses" && at.length === 5
      ? pathResponse(at)
      : at[0] === "components" && at[1] === "responses" && at.length === 3
        ? `components["responses"][${stringLiteral(at[2] as string)}]`
        : undefined;
  if (response === undefined) return undefined;
  return { type: readable(`${response}["content"][${stringLiteral(mediaType)}]`, aliases.readWrite), length: content + 3 };
}

function pathResponse([, path, method, , status]: string[]): string {
  return `paths[${stringLiteral(path as string)}][${stringLiteral(method as string)}]["responses"][${stringLiteral(status as string)}]`;
}
