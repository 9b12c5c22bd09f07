import { serializeArrayParam, serializeObjectParam, serializePrimitiveParam } from "openapi-fetch";
import { ClientError } from "../core/errors.js";
import { isJsonMediaType, isMultipartFormMediaType, isUrlEncodedFormMediaType } from "./media-type.js";

/** How a parameter is written (OpenAPI `style` and `explode`), when it differs from its location's default. */
export interface ParamStyle {
  readonly style: "form" | "spaceDelimited" | "pipeDelimited" | "deepObject" | "simple";
  readonly explode: boolean;
}

// Defaults per OpenAPI 3.1 §4.8.12.4: query and cookie are `form`, headers `simple`; explode
// is true for `form` only.
const QUERY_DEFAULT: ParamStyle = { style: "form", explode: true };
const HEADER_DEFAULT: ParamStyle = { style: "simple", explode: false };
const COOKIE_DEFAULT: ParamStyle = { style: "form", explode: true };

/** A parameter's own style entry: a parameter named `constructor` must not find Object's. */
function styleOf(styles: Readonly<Record<string, ParamStyle>>, name: string, fallback: ParamStyle): ParamStyle {
  return (Object.hasOwn(styles, name) ? styles[name] : undefined) ?? fallback;
}

/**
 * The query string (without `?`) for the given values, each in its own style. openapi-fetch's
 * serializers do the encoding; its own query serializer takes one style for every parameter.
 */
export function serializeQuery(values: Record<string, unknown>, styles: Readonly<Record<string, ParamStyle>> = {}): string {
  const parts: string[] = [];
  for (const [rawName, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    const { style, explode } = styleOf(styles, rawName, QUERY_DEFAULT);
    // openapi-fetch encodes values only: a name with `=`, `&` or `#` would split the query.
    const name = encodeURIComponent(rawName);
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      const arrayStyle = style === "spaceDelimited" || style === "pipeDelimited" ? style : "form";
      parts.push(serializeArrayParam(name, value, { style: arrayStyle, explode, allowReserved: false }));
    } else if (typeof value === "object") {
      const objectStyle = style === "deepObject" ? "deepObject" : "form";
      parts.push(serializeObjectParam(name, value as Record<string, unknown>, { style: objectStyle, explode, allowReserved: false }));
    } else {
      parts.push(serializePrimitiveParam(name, String(value), { allowReserved: false }));
    }
  }
  return parts.filter((part) => part !== "").join("&");
}

/** Header parameters as header values (`simple` style): arrays `a,b`; objects `k,v` or, exploded, `k=v`. */
export function serializeHeaders(values: Record<string, unknown>, styles: Readonly<Record<string, ParamStyle>> = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    const { explode } = styleOf(styles, name, HEADER_DEFAULT);
    headers[name] = simpleValue(value, explode);
  }
  return headers;
}

function simpleValue(value: unknown, explode: boolean): string {
  if (Array.isArray(value)) return value.map(String).join(",");
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    return entries.map(([key, entry]) => (explode ? `${key}=${String(entry)}` : `${key},${String(entry)}`)).join(",");
  }
  return String(value);
}

/**
 * One `Cookie` header value (`form` style) for cookie parameters and cookie credentials:
 * `a=1; b=2`. Values are percent-encoded so that `;` and `,` cannot split them.
 */
export function serializeCookies(values: Record<string, unknown>, styles: Readonly<Record<string, ParamStyle>> = {}): string {
  const pairs: string[] = [];
  const pair = (name: string, value: unknown) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`;
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue;
    const { explode } = styleOf(styles, name, COOKIE_DEFAULT);
    if (Array.isArray(value)) {
      if (explode) pairs.push(...value.map((item) => pair(name, item)));
      else pairs.push(`${name}=${value.map((item) => encodeURIComponent(String(item))).join(",")}`);
    } else if (typeof value === "object") {
      const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
      if (explode) pairs.push(...entries.map(([key, entry]) => pair(key, entry)));
      else pairs.push(`${name}=${entries.map(([key, entry]) => `${encodeURIComponent(key)},${encodeURIComponent(String(entry))}`).join(",")}`);
    } else {
      pairs.push(pair(name, value));
    }
  }
  return pairs.join("; ");
}

/** A body sent as it is (`application/octet-stream`, `image/png`, …). */
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView | string;

export type RequestBody = BinaryBody | FormData | URLSearchParams;

/** The body as fetch sends it, and the Content-Type to send with it (none for FormData: fetch adds the boundary). */
export function encodeBody(body: unknown, mediaType: string): { body: RequestBody; contentType: string | undefined } {
  if (isJsonMediaType(mediaType)) return { body: JSON.stringify(body), contentType: mediaType };
  if (isMultipartFormMediaType(mediaType)) return { body: toFormData(body), contentType: undefined };
  if (isUrlEncodedFormMediaType(mediaType)) return { body: toSearchParams(body), contentType: mediaType };
  if (isRawBody(body)) {
    // A wildcard media type (`image/*`) is no Content-Type: let a Blob's own type speak.
    const wildcard = mediaType.includes("*");
    return { body, contentType: wildcard ? (body instanceof Blob && body.type !== "" ? body.type : undefined) : mediaType };
  }
  if (typeof body === "number" || typeof body === "boolean") return { body: String(body), contentType: mediaType };
  throw new ClientError(`A ${mediaType} body must be a string, Blob, ArrayBuffer or typed array, got ${describe(body)}.`);
}

function isRawBody(body: unknown): body is RequestBody {
  return (
    typeof body === "string" ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof FormData ||
    body instanceof URLSearchParams
  );
}

/** Blobs (and Files) as file parts, arrays as repeated parts, objects as JSON text, the rest as text. */
function toFormData(body: unknown): FormData {
  if (body instanceof FormData) return body;
  const form = new FormData();
  for (const [name, value] of fields(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) form.append(name, item);
      else if (typeof item === "object") form.append(name, JSON.stringify(item));
      else form.append(name, String(item));
    }
  }
  return form;
}

function toSearchParams(body: unknown): string {
  if (body instanceof URLSearchParams) return body.toString();
  const search = new URLSearchParams();
  for (const [name, value] of fields(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      search.append(name, typeof item === "object" ? JSON.stringify(item) : String(item));
    }
  }
  return search.toString();
}

function fields(body: unknown): [string, unknown][] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new ClientError(`A form body must be an object of fields, got ${describe(body)}.`);
  }
  return Object.entries(body);
}

function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}
