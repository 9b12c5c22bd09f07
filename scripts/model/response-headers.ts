/**
 * The headers a response declares, as `.withResponse()`'s `headers` gives them: each header's
 * name as the spec spells it, whether it is required, and how the runtime parses its value
 * (src/runtime/response-headers.ts's HeaderSchema, shared so that both sides mean the same).
 */
import type { HeaderEnum, HeaderSchema, HeaderType } from "../../src/runtime/response-headers.js";
import { asArray, compareCodeUnits, type Json, optionalString, record } from "../document/json.js";
import { escapePointerSegment } from "../document/pointer.js";
import { resolve } from "../document/refs.js";
import type { ModelWarning } from "./pagination.js";

export interface ResponseHeaderModel {
  /** As the spec spells it; the runtime looks it up case-insensitively. */
  name: string;
  required: boolean;
  schema: HeaderSchema;
  description: string | undefined;
}

/**
 * The declared headers of a response object (already resolved), sorted by name (code unit), so
 * the output does not depend on key order. Each header may be a `$ref` to `components/headers`.
 * `Content-Type` is left out: the Response Object's `headers` field (OpenAPI 3.0 and 3.1) says
 * one of that name "SHALL be ignored" (the media type says it).
 */
export function readResponseHeaders(document: Json, response: Json): ResponseHeaderModel[] {
  const declared = record(response.headers);
  return Object.keys(declared)
    .filter((name) => name.toLowerCase() !== "content-type" && HEADER_NAME.test(name))
    .sort(compareCodeUnits)
    .map((name) => {
      const header = resolve(document, declared[name]);
      return { name, required: header.required === true, schema: headerSchema(document, header), description: optionalString(header.description) };
    });
}

/**
 * RFC 9110 §5.1: a field name is a token. No response carries any other name, and `Headers.get`
 * throws on one, so such a declaration is left out with a warning (headerNameWarnings).
 */
const HEADER_NAME = /^[!#$%&'*+\-.^\w`|~]+$/;

/** A warning for each header a success response declares under a name no response can carry. */
export function headerNameWarnings(document: Json, responses: Json, success: readonly { status: string }[], operationPointer: string): ModelWarning[] {
  return success.flatMap(({ status }) =>
    Object.keys(record(resolve(document, responses[status]).headers))
      .filter((name) => !HEADER_NAME.test(name))
      .map((name) => ({
        pointer: `${operationPointer}/responses/${escapePointerSegment(status)}/headers/${escapePointerSegment(name)}`,
        message: `response header ${JSON.stringify(name)} ignored: not a valid HTTP field name (RFC 9110 §5.1), so no response can carry it`,
      })),
  );
}

/**
 * How a header's value is parsed. Anything but a primitive, an enum or a list of either (an
 * object, a composition, a `content` map instead of a `schema`) is kept as the raw string.
 */
function headerSchema(document: Json, header: Json): HeaderSchema {
  if (header.schema === undefined) return "string";
  const schema = resolve(document, header.schema);
  if (typeOf(schema) === "array") {
    const items = valueSchema(resolve(document, schema.items));
    return items === undefined ? "string" : { items };
  }
  return valueSchema(schema) ?? "string";
}

/** A primitive or enum schema as the runtime parses it; undefined for anything else. */
function valueSchema(schema: Json): HeaderType | HeaderEnum | undefined {
  const listed = schema.const !== undefined ? [schema.const] : Array.isArray(schema.enum) ? asArray(schema.enum) : undefined;
  if (listed !== undefined) {
    // `null` in an enum (OpenAPI 3.0's nullable enums) is an absent header, already `undefined`.
    const members = listed.filter((member) => member !== null);
    const values = members.filter((member) => typeof member === "string" || typeof member === "number" || typeof member === "boolean");
    // An enum of objects or arrays cannot be typed by literals: keep the text.
    return values.length === members.length && values.length > 0 ? { enum: values } : undefined;
  }
  const type = typeOf(schema);
  return type === "string" || type === "number" || type === "integer" || type === "boolean" ? type : undefined;
}

/** A schema's one type: OpenAPI 3.1's `type: [integer, "null"]` is an integer (a header is never null: it is absent). */
function typeOf(schema: Json): unknown {
  if (!Array.isArray(schema.type)) return schema.type;
  const types = schema.type.filter((type) => type !== "null");
  return types.length === 1 ? types[0] : undefined;
}
