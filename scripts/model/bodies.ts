/** Request bodies and responses: which media type the client speaks, and how the runtime reads each body. */
import { isJsonMediaType, isMultipartFormMediaType, isTextMediaType, isUrlEncodedFormMediaType } from "../../src/runtime/media-type.js";
import { compareCodeUnits, type Json, optionalString, record } from "../document/json.js";
import { tryFromPointer } from "../document/pointer.js";
import { resolve } from "../document/refs.js";
import type { BodyModel, OperationModel, ParamModel, ResponseModel } from "./api-model.js";
import { readResponseHeaders } from "./response-headers.js";

export function readBody(document: Json, requestBody: unknown, params: ParamModel[]): BodyModel | undefined {
  if (requestBody === undefined) return undefined;
  const body = resolve(document, requestBody);
  const content = record(body.content);
  const mediaType = pickMediaType(Object.keys(content));
  if (mediaType === undefined) return undefined;
  const schema = record(record(content[mediaType]).schema);
  const kind = bodyKind(mediaType);
  const fields = kind === "json" || kind === "form" ? objectPropertyNames(document, schema) : undefined;
  const collides = fields !== undefined && params.some((param) => fields.has(param.name) || param.name === "body");
  return {
    mediaType,
    kind,
    required: body.required === true,
    spread: fields !== undefined && !collides,
    schemaName: componentSchemaName(schema),
  };
}

function bodyKind(mediaType: string): BodyModel["kind"] {
  if (isJsonMediaType(mediaType)) return "json";
  if (isMultipartFormMediaType(mediaType) || isUrlEncodedFormMediaType(mediaType)) return "form";
  return isTextMediaType(mediaType) ? "text" : "binary";
}

/** Responses by status (code-unit order): 2xx are successes, the rest errors; `default` is a success when there is no 2xx. */
export function readResponses(document: Json, responses: Json): Pick<OperationModel, "success" | "errors"> {
  const success: ResponseModel[] = [];
  const errors: ResponseModel[] = [];
  for (const status of Object.keys(responses).sort(compareCodeUnits)) {
    const response = resolve(document, responses[status]);
    const content = record(response.content);
    const mediaType = pickMediaType(Object.keys(content));
    const schema = mediaType === undefined ? {} : record(record(content[mediaType]).schema);
    const headers = readResponseHeaders(document, response);
    const model: ResponseModel = {
      status,
      description: optionalString(response.description),
      mediaType,
      kind: responseKind(mediaType),
      schemaName: componentSchemaName(schema),
      // Set only when there are some: models compared with toStrictEqual stay as they were.
      ...(headers.length === 0 ? {} : { headers }),
    };
    (/^2/.test(status) ? success : errors).push(model);
  }
  // Without a 2xx response, `default` is what a successful call returns too.
  const fallback = errors.find((response) => response.status === "default");
  if (success.length === 0 && fallback !== undefined) success.push(fallback);
  return { success, errors };
}

function responseKind(mediaType: string | undefined): ResponseModel["kind"] {
  if (mediaType === undefined) return "empty";
  // `*/*` is whatever the server sends: the runtime parses JSON when the server says JSON.
  if (isJsonMediaType(mediaType) || mediaType === "*/*") return "json";
  return isTextMediaType(mediaType) ? "text" : "binary";
}

/** JSON wins (the runtime falls back to text when the server sends none); bytes only when no success body is text. */
export function responseTypeOf(success: ResponseModel[]): OperationModel["responseType"] {
  const kinds = new Set(success.map((response) => response.kind));
  if (kinds.has("json")) return "json";
  if (kinds.has("text")) return "text";
  return kinds.has("binary") ? "blob" : "json";
}

/** JSON first (`application/json`, then any `+json`), else the first declared type. */
function pickMediaType(mediaTypes: string[]): string | undefined {
  return mediaTypes.find((type) => type === "application/json") ?? mediaTypes.find(isJsonMediaType) ?? mediaTypes[0];
}

/** Property names of an object schema (through `$ref` and `allOf`), or undefined when it is not plainly an object. */
function objectPropertyNames(document: Json, schema: Json, depth = 0): Set<string> | undefined {
  const target = resolve(document, schema);
  if (depth > 32 || target.oneOf !== undefined || target.anyOf !== undefined) return undefined;
  // A body that may be null cannot be spread: the caller has to be able to send the null.
  const nullable = target.nullable === true || (Array.isArray(target.type) && target.type.includes("null"));
  if (nullable) return undefined;
  const names = new Set(Object.keys(record(target.properties)));
  for (const part of Array.isArray(target.allOf) ? target.allOf : []) {
    const partNames = objectPropertyNames(document, record(part), depth + 1);
    if (partNames === undefined) return undefined;
    for (const name of partNames) names.add(name);
  }
  const isObject = target.type === "object" || (target.type === undefined && (names.size > 0 || target.allOf !== undefined));
  return isObject ? names : undefined;
}

/** The component schema a schema is, when it is a plain `$ref` to one. */
function componentSchemaName(schema: Json): string | undefined {
  const segments = typeof schema.$ref === "string" && schema.$ref.startsWith("#/") ? (tryFromPointer(schema.$ref) ?? []) : [];
  return segments.length === 3 && segments[0] === "components" && segments[1] === "schemas" ? segments[2] : undefined;
}
