/**
 * An operation's input as it goes on the wire: the URL (openapi-fetch's path templating and
 * URL assembly, our per-parameter query styles), headers, cookies, credentials and the body.
 * Encoded once per call and sent as it is on every attempt.
 */
import { createFinalURL, defaultPathSerializer } from "openapi-fetch";
import { ClientError } from "../core/errors.js";
import { encodeBody, type RequestBody, serializeCookies, serializeHeaders, serializeQuery } from "./serialize.js";
import type { HttpMethod, OperationInput, RequestOptions, ResolvedCredentials, ResponseType } from "./types.js";

/** What every request of one transport starts from. */
export interface RequestDefaults {
  /** Without a trailing slash, as openapi-fetch joins it to a path. */
  readonly baseUrl: string;
  /** The client's headers by lower-case name: a call's own headers replace them whatever their case. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface EncodedRequest {
  readonly method: HttpMethod;
  /** Path values and query in place. */
  readonly url: string;
  /** The call's own headers in the case they were given: what a debug log line shows. */
  readonly headers: Readonly<Record<string, string>>;
  /** What is sent: the client's headers under the call's, by lower-case name. */
  readonly wireHeaders: Record<string, string>;
  /** A value fetch can send again on a retry or a 307: never a stream. */
  readonly body: RequestBody | undefined;
  readonly responseType: ResponseType;
  /** The path as the document spells it and the call's input, for hooks (`schemaPath`, `params`). */
  readonly pathTemplate: string;
  readonly input: OperationInput;
}

/** One call as a generated method makes it. */
export interface OperationCall {
  readonly method: HttpMethod;
  /** The path as the document spells it, `{name}` placeholders included. */
  readonly pathTemplate: string;
  readonly input: OperationInput;
  readonly options: RequestOptions;
}

/**
 * The request for one call carrying `credentials`; a value that cannot be sent (nested query
 * object, bad body) throws here, before any attempt.
 */
export function encodeRequest(
  { method, pathTemplate, input, options }: OperationCall,
  defaults: RequestDefaults,
  credentials: ResolvedCredentials | undefined,
): EncodedRequest {
  assertPathParams(input.path);
  const styles = input.styles;
  const queryStyles = styles?.query;
  const query = credentials === undefined ? input.query : { ...input.query, ...credentials.query };
  const serialize = queryStyles === undefined ? serializeQuery : (values: Record<string, unknown>) => serializeQuery(values, queryStyles);
  const url =
    input.url !== undefined
      ? urlOnOwnOrigin(input.url, defaults.baseUrl, credentials?.query)
      : operationUrl(pathTemplate, defaults.baseUrl, input.path, query, serialize);
  const headers: Record<string, string> = {
    Accept: input.accept ?? "application/json",
    ...credentials?.headers,
    ...(input.header === undefined ? undefined : serializeHeaders(input.header, styles?.header)),
  };
  const cookies = input.cookie === undefined ? credentials?.cookie : { ...input.cookie, ...credentials?.cookie };
  const cookie = cookies === undefined ? "" : serializeCookies(cookies, styles?.cookie);
  if (cookie !== "") headers.Cookie = cookie;
  let body: RequestBody | undefined;
  if (input.body !== undefined) {
    const encoded = encodeBody(input.body, input.requestType ?? "application/json");
    body = encoded.body;
    if (encoded.contentType !== undefined) headers["Content-Type"] = encoded.contentType;
  }
  const callHeaders = options.headers === undefined ? headers : { ...headers, ...options.headers };
  return {
    method,
    url,
    headers: callHeaders,
    wireHeaders: wireHeaders(defaults.headers, callHeaders),
    body,
    responseType: input.responseType ?? "json",
    pathTemplate,
    input,
  };
}

/** Header names by lower case, so that a later name replaces an earlier one whatever its case, as `Headers#set` does. */
export function lowerCaseHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  return wireHeaders({}, headers);
}

function wireHeaders(base: Readonly<Record<string, string>>, overrides: Readonly<Record<string, string>>): Record<string, string> {
  // A plain object: fetch reads one faster than a prototype-less one (a dictionary).
  const merged: Record<string, string> = { ...base };
  for (const name of Object.keys(overrides)) merged[name.toLowerCase()] = overrides[name] as string;
  return merged;
}

/**
 * A path parameter that is empty, `.` or `..` would address another resource: URL parsers
 * drop or collapse such segments even when percent-encoded (WHATWG URL, "double-dot segment").
 */
function assertPathParams(path: OperationInput["path"]): void {
  if (path === undefined) return;
  for (const name of Object.keys(path)) {
    const value = path[name];
    const text = value === undefined || value === null ? "" : String(value);
    if (text === "" || text === "." || text === "..") {
      throw new ClientError(`Path parameter "${name}" must be a non-empty value other than "." or "..", got ${JSON.stringify(value)}.`);
    }
  }
}

/**
 * A given URL (a next page link) in place of path and query: only on the base URL's origin, so
 * credentials never go elsewhere, and with the credentials' query parameters set as on any call.
 */
/**
 * The operation's URL: its path template filled in, its query after. A path key may carry a
 * literal query of its own (`/search?style=flat`): openapi-fetch would add the call's query after
 * a second `?`, so the key's query is sent as written and the call's follows it after a `&`.
 */
function operationUrl(
  pathTemplate: string,
  baseUrl: string,
  path: Record<string, unknown> | undefined,
  query: Record<string, unknown> | undefined,
  serialize: (values: Record<string, unknown>) => string,
): string {
  const at = pathTemplate.indexOf("?");
  if (at < 0) return createFinalURL(pathTemplate, { baseUrl, params: { path, query }, querySerializer: serialize, pathSerializer: defaultPathSerializer });
  const filled = defaultPathSerializer(pathTemplate, path ?? {});
  const [pathname, literal] = [filled.slice(0, filled.indexOf("?")), filled.slice(filled.indexOf("?") + 1)];
  const withLiteral = (values: Record<string, unknown>) => [literal, serialize(values)].filter((part) => part !== "").join("&");
  return createFinalURL(pathname, { baseUrl, params: { query }, querySerializer: withLiteral, pathSerializer: defaultPathSerializer });
}

function urlOnOwnOrigin(given: string, baseUrl: string, credentialQuery: Readonly<Record<string, string>> | undefined): string {
  const url = new URL(given, originOf(baseUrl));
  if (url.origin !== originOf(baseUrl))
    throw new ClientError(`Refusing to send a request to ${url.origin}: only the client's own origin (${originOf(baseUrl)}) is allowed.`);
  for (const [name, value] of Object.entries(credentialQuery ?? {})) url.searchParams.set(name, value);
  return url.href;
}

/** The origin of a base URL; a relative one (`/api` in a browser) is on the page's origin. */
export function originOf(baseUrl: string): string {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  return new URL(baseUrl, page).origin;
}
