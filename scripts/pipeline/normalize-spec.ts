import { camelCase, MODULE_NAMES, NameScope, pascalCase } from "../emit/names.js";
import { isJsonMediaType, isMultipartFormMediaType, isTextMediaType, isUrlEncodedFormMediaType } from "../../src/runtime/media-type.js";
import type { ClientConfig } from "./config.js";
import { usesReadWrite } from "./document-facts.js";
import type { LoadedSpec } from "./load-spec.js";
import { fromPointer, toPointer } from "./spec-error.js";

/** The API as the client emitter sees it: resources, operations and their parameters, in a stable order. */
export interface ApiModel {
  clientName: string;
  title: string;
  baseUrl: string;
  auth: AuthModel[];
  /** Every operation needs credentials (see `authRequired`). */
  authRequired: boolean;
  /** The document's `security`, as alternatives of credential options; undefined when it declares none. */
  security: string[][] | undefined;
  /** The document marks properties readOnly or writeOnly: request and response types must tell them apart. */
  usesReadWrite: boolean;
  env: NonNullable<ClientConfig["env"]>;
  resources: ResourceModel[];
  /** Operations without a tag: methods of the client itself. */
  rootOperations: OperationModel[];
  /** `components.schemas` names, sorted. */
  schemaNames: string[];
}

/** One client option per credential; mirrors the runtime's `AuthScheme`. */
export type AuthModel =
  | { kind: "bearer"; option: string }
  | { kind: "basic"; option: string; passwordOption: string }
  | { kind: "apiKey"; option: string; in: "header" | "query" | "cookie"; name: string };

export interface ResourceModel {
  tag: string;
  /** Property of the client, e.g. `workspaces`. */
  property: string;
  /** Class name, e.g. `Workspaces`. */
  className: string;
  description: string | undefined;
  operations: OperationModel[];
}

export interface OperationModel {
  methodName: string;
  httpMethod: string;
  path: string;
  pointer: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  pathParams: PathParamModel[];
  queryParams: ParamModel[];
  headerParams: ParamModel[];
  cookieParams: ParamModel[];
  body: BodyModel | undefined;
  success: ResponseModel[];
  errors: ResponseModel[];
  /** How the runtime reads a success body. */
  responseType: "json" | "text" | "blob";
  /** Media type asked for in `Accept`: the success body's, when there is one. */
  accept: string | undefined;
  /** The operation's own `security` (overriding the document's), as alternatives of credential options. */
  security: string[][] | undefined;
  /** The path with RFC 6570 markers for non-simple path styles (`{;id}`, `{.id*}`), as openapi-fetch expands them. */
  pathTemplate: string;
}

export interface PathParamModel {
  name: string;
  /** Positional parameter name, e.g. `workspaceId`. */
  identifier: string;
  description: string | undefined;
  /** The TypeScript type when the schema is a plain primitive, for readable signatures. */
  primitive: "string" | "number" | "boolean" | undefined;
}

export interface ParamModel {
  name: string;
  required: boolean;
  /** Set when `style` / `explode` differ from the location's default. */
  style: { style: string; explode: boolean } | undefined;
}

export interface BodyModel {
  mediaType: string;
  /** json, form (multipart or urlencoded: fields), text (a string) or binary (bytes as they are). */
  kind: "json" | "form" | "text" | "binary";
  required: boolean;
  /** Whether the body's fields sit at the top of the params object (an object whose names do not collide with parameters). */
  spread: boolean;
  /** The component schema the body is, when it is a plain `$ref` to one. */
  schemaName: string | undefined;
}

export interface ResponseModel {
  status: string;
  description: string | undefined;
  mediaType: string | undefined;
  /** How the body reads: parsed JSON, text, a Blob, or nothing. */
  kind: "json" | "text" | "binary" | "empty";
  schemaName: string | undefined;
}

type Json = Record<string, unknown>;

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Builds the ApiModel; operations sorted by path then method, by code unit (never locale). */
export function normalizeSpec(spec: LoadedSpec, config: ClientConfig): ApiModel {
  const document = spec.document;
  const { models: auth, optionOf } = authModels(document);
  const operations = collectOperations(document, auth, optionOf);
  const resources = groupResources(operations, document, config);
  // Where no operation (and not the document) says what it needs, every operation needs credentials.
  const declaresSecurity = document.security !== undefined || operations.some((operation) => operation.model.security !== undefined);
  return {
    clientName: config.name,
    title: String(record(document.info).title ?? config.name),
    baseUrl: firstServerUrl(document),
    auth,
    authRequired: auth.length > 0 && (!declaresSecurity || operations.every((operation) => operation.needsAuth)),
    security: document.security === undefined ? undefined : securityOptions(document.security, optionOf),
    usesReadWrite: usesReadWrite(document),
    env: config.env ?? {},
    resources,
    // Root methods share the client class with the resource properties.
    rootOperations: nameMethods(
      operations.filter((entry) => entry.tag === undefined),
      resources.map((resource) => resource.property),
    ),
    schemaNames: Object.keys(record(record(document.components).schemas)).sort(compareCodeUnits),
  };
}

interface RawOperation {
  tag: string | undefined;
  wantedName: string;
  /** Its security requirements leave no way in without credentials. */
  needsAuth: boolean;
  model: Omit<OperationModel, "methodName">;
}

function collectOperations(document: Json, auth: AuthModel[], optionOf: Map<string, string>): RawOperation[] {
  const found: RawOperation[] = [];
  const paths = record(document.paths);
  for (const path of Object.keys(paths).sort(compareCodeUnits)) {
    const pathItem = resolve(document, paths[path]);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation === undefined) continue;
      found.push(readOperation(document, auth, optionOf, path, method, pathItem, record(operation)));
    }
  }
  return found;
}

function readOperation(
  document: Json,
  auth: AuthModel[],
  optionOf: Map<string, string>,
  path: string,
  method: string,
  pathItem: Json,
  operation: Json,
): RawOperation {
  const parameters = mergeParameters(document, pathItem, operation);
  // Parameters that carry a credential are the client's business, not each call's.
  const supplied = new Set(auth.map((scheme) => (scheme.kind === "apiKey" ? `${scheme.in}:${scheme.name.toLowerCase()}` : "header:authorization")));
  const byLocation = (location: string) =>
    parameters.filter((parameter) => parameter.in === location && !supplied.has(`${location}:${String(parameter.name).toLowerCase()}`)).map(toParamModel);
  const queryParams = byLocation("query");
  const headerParams = byLocation("header");
  const cookieParams = byLocation("cookie");
  const responses = readResponses(document, record(operation.responses));
  const tags = Array.isArray(operation.tags) ? operation.tags.map(String) : [];
  return {
    tag: tags[0],
    wantedName: camelCase(methodSource(operation.operationId, tags[0]) ?? nameFromRoute(method, path)),
    needsAuth: needsAuth(operation.security ?? document.security ?? []),
    model: {
      httpMethod: method.toUpperCase(),
      path,
      pointer: toPointer(["paths", path, method]),
      summary: optionalString(operation.summary),
      description: optionalString(operation.description),
      deprecated: operation.deprecated === true,
      pathParams: pathParamsInOrder(
        document,
        path,
        parameters.filter((parameter) => parameter.in === "path"),
      ),
      queryParams,
      headerParams,
      cookieParams,
      body: readBody(document, operation.requestBody, [...queryParams, ...headerParams, ...cookieParams]),
      ...responses,
      responseType: responseTypeOf(responses.success),
      accept: responses.success.find((response) => response.mediaType !== undefined && response.mediaType !== "*/*")?.mediaType,
      security: operation.security === undefined ? undefined : securityOptions(operation.security, optionOf),
      pathTemplate: pathTemplate(
        path,
        parameters.filter((parameter) => parameter.in === "path"),
      ),
    },
  };
}

/**
 * The operationId, without its tag when it is namespaced by it (`repos/get` in tag `repos`
 * is `repos.get()`, not `repos.reposGet()`, as in GitHub's and Stainless-style specs).
 */
function methodSource(operationId: unknown, tag: string | undefined): string | undefined {
  if (typeof operationId !== "string" || operationId.trim() === "") return undefined;
  if (tag === undefined) return operationId;
  const prefix = operationId.slice(0, tag.length + 1);
  const namespaced = prefix === `${tag}/` || prefix === `${tag}.`;
  return namespaced && operationId.length > prefix.length ? operationId.slice(prefix.length) : operationId;
}

/**
 * A method name for an operation without an operationId, from its route:
 * `GET /pets/{petId}/photos` → `get pets by petId photos` → `getPetsByPetIdPhotos`.
 */
export function nameFromRoute(method: string, path: string): string {
  const segments = path.split("/").filter((segment) => segment !== "");
  return [method, ...segments.map((segment) => segment.replace(/\{([^{}]*)\}/g, " by $1 "))].join(" ");
}

/** Whether an operation's security leaves no way in without credentials: no `{}`, no `security: []`. */
function needsAuth(security: unknown): boolean {
  if (!Array.isArray(security)) return false;
  return security.length > 0 && security.every((requirement) => Object.keys(record(requirement)).length > 0);
}

/**
 * Security requirements as alternatives of client options: `[{ oauth: [] }, { key: [] }]` →
 * `[["token"], ["apiKey"]]`. An alternative naming a scheme we cannot send (mutualTLS, digest)
 * is dropped; `{}` stays as `[]`, "no credentials needed".
 */
function securityOptions(security: unknown, optionOf: Map<string, string>): string[][] {
  const alternatives: string[][] = [];
  for (const requirement of Array.isArray(security) ? security : []) {
    const schemes = Object.keys(record(requirement));
    const options = schemes.map((scheme) => optionOf.get(scheme));
    if (options.every((option) => option !== undefined)) alternatives.push([...new Set(options as string[])]);
  }
  return alternatives;
}

/**
 * `{name}` as openapi-fetch's path serializer reads it: `{;name}` for matrix, `{.name}` for
 * label, a trailing `*` when exploded; `simple` without explode stays `{name}`.
 */
function pathTemplate(path: string, declared: Json[]): string {
  return path.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const parameter = declared.find((candidate) => candidate.name === name);
    if (parameter === undefined) return match;
    const prefix = parameter.style === "matrix" ? ";" : parameter.style === "label" ? "." : "";
    return `{${prefix}${name}${parameter.explode === true ? "*" : ""}}`;
  });
}

/** Operation parameters override path-level ones with the same name and location (OpenAPI 3.1 §4.8.9). */
function mergeParameters(document: Json, pathItem: Json, operation: Json): Json[] {
  const merged = new Map<string, Json>();
  for (const list of [pathItem.parameters, operation.parameters]) {
    for (const entry of Array.isArray(list) ? list : []) {
      const parameter = resolve(document, entry);
      merged.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
    }
  }
  return [...merged.values()];
}

const DEFAULT_STYLE: Record<string, string> = { query: "form", cookie: "form", header: "simple" };

function toParamModel(parameter: Json): ParamModel {
  const location = String(parameter.in);
  const style = typeof parameter.style === "string" ? parameter.style : (DEFAULT_STYLE[location] ?? "simple");
  const explode = typeof parameter.explode === "boolean" ? parameter.explode : style === "form";
  const isDefault = style === DEFAULT_STYLE[location] && explode === (style === "form");
  return { name: String(parameter.name), required: parameter.required === true, style: isDefault ? undefined : { style, explode } };
}

function pathParamsInOrder(document: Json, path: string, declared: Json[]): PathParamModel[] {
  const names = [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? "");
  const scope = new NameScope(["params", "options"]);
  return names.map((name) => {
    const parameter = declared.find((candidate) => candidate.name === name);
    return {
      name,
      identifier: scope.claim(camelCase(name)),
      description: optionalString(parameter?.description),
      primitive: primitiveType(resolve(document, parameter?.schema)),
    };
  });
}

/** `string`, `number` or `boolean` for a schema that is just that type (no enum, const or composition). */
function primitiveType(schema: Json): PathParamModel["primitive"] {
  const plain = schema.enum === undefined && schema.const === undefined && Object.keys(schema).every((key) => !/^(allOf|oneOf|anyOf|\$ref)$/.test(key));
  if (!plain) return undefined;
  if (schema.type === "string") return "string";
  if (schema.type === "integer" || schema.type === "number") return "number";
  return schema.type === "boolean" ? "boolean" : undefined;
}

function readBody(document: Json, requestBody: unknown, params: ParamModel[]): BodyModel | undefined {
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

function readResponses(document: Json, responses: Json): Pick<OperationModel, "success" | "errors"> {
  const success: ResponseModel[] = [];
  const errors: ResponseModel[] = [];
  for (const status of Object.keys(responses).sort(compareCodeUnits)) {
    const response = resolve(document, responses[status]);
    const content = record(response.content);
    const mediaType = pickMediaType(Object.keys(content));
    const schema = mediaType === undefined ? {} : record(record(content[mediaType]).schema);
    const model: ResponseModel = {
      status,
      description: optionalString(response.description),
      mediaType,
      kind: responseKind(mediaType),
      schemaName: componentSchemaName(schema),
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
function responseTypeOf(success: ResponseModel[]): OperationModel["responseType"] {
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

function componentSchemaName(schema: Json): string | undefined {
  const segments = typeof schema.$ref === "string" && schema.$ref.startsWith("#/") ? fromPointer(schema.$ref) : [];
  return segments.length === 3 && segments[0] === "components" && segments[1] === "schemas" ? segments[2] : undefined;
}

function groupResources(operations: RawOperation[], document: Json, config: ClientConfig): ResourceModel[] {
  const tagDescriptions = new Map(
    (Array.isArray(document.tags) ? document.tags : []).map((tag) => [String(record(tag).name), optionalString(record(tag).description)]),
  );
  const byTag = new Map<string, RawOperation[]>();
  for (const operation of operations) {
    if (operation.tag === undefined) continue;
    byTag.set(operation.tag, [...(byTag.get(operation.tag) ?? []), operation]);
  }
  const properties = new NameScope(["transport", "describeError", "constructor"]);
  const classes = new NameScope([config.name, `${config.name}Options`, ...MODULE_NAMES]);
  return [...byTag.keys()].sort(compareCodeUnits).map((tag) => {
    // Own entries only: a tag `constructor` would otherwise find Object's.
    const userName = config.tags !== undefined && Object.hasOwn(config.tags, tag) ? (config.tags[tag] ?? tag) : tag;
    return {
      tag,
      property: properties.claim(camelCase(userName)),
      className: classes.claim(pascalCase(userName)),
      description: tagDescriptions.get(tag),
      operations: nameMethods(byTag.get(tag) ?? []),
    };
  });
}

/**
 * Method names unique within their class; on a clash the later operation (path, method order)
 * gets `2`, `3`, …. Methods that JavaScript calls unasked are never an operation's: with a
 * `then`, `await client` would send a request; with a `toJSON`, `JSON.stringify(client)` would.
 */
function nameMethods(operations: RawOperation[], taken: string[] = []): OperationModel[] {
  const scope = new NameScope(["constructor", "transport", "describeError", "then", "toJSON", "toString", "valueOf", ...taken]);
  return operations.map((operation) => ({ ...operation.model, methodName: scope.claim(operation.wantedName) }));
}

/**
 * One client option per way of authenticating: `token` for bearer-like schemes (http bearer,
 * oauth2, openIdConnect all send `Authorization: Bearer`), `username`/`password` for http
 * basic, `apiKey` for the first apiKey scheme (header before query before cookie) and the
 * scheme's own name for any other. `optionOf` maps each scheme key to its option.
 */
function authModels(document: Json): { models: AuthModel[]; optionOf: Map<string, string> } {
  const schemes = record(record(document.components).securitySchemes);
  const models: AuthModel[] = [];
  const optionOf = new Map<string, string>();
  const options = new NameScope(["baseUrl", "fetch", "timeout", "maxRetries", "headers", "token", "username", "password"]);
  const keys = Object.keys(schemes).sort(compareCodeUnits);
  for (const key of keys) {
    const scheme = resolve(document, schemes[key]);
    const httpScheme = String(scheme.scheme ?? "").toLowerCase();
    if ((scheme.type === "http" && httpScheme === "bearer") || scheme.type === "oauth2" || scheme.type === "openIdConnect") {
      if (!models.some((model) => model.kind === "bearer")) models.push({ kind: "bearer", option: "token" });
      optionOf.set(key, "token");
    } else if (scheme.type === "http" && httpScheme === "basic") {
      if (!models.some((model) => model.kind === "basic")) models.push({ kind: "basic", option: "username", passwordOption: "password" });
      optionOf.set(key, "username");
    }
  }
  // The plain `apiKey` option goes to the most common place for a key: a header, then the query, then a cookie.
  const placeOrder = ["header", "query", "cookie"];
  const apiKeySchemes = keys
    .map((key) => ({ key, scheme: resolve(document, schemes[key]) }))
    .filter(({ scheme }) => scheme.type === "apiKey" && placeOrder.includes(String(scheme.in)) && typeof scheme.name === "string")
    .sort((a, b) => placeOrder.indexOf(String(a.scheme.in)) - placeOrder.indexOf(String(b.scheme.in)));
  apiKeySchemes.forEach(({ key, scheme }, index) => {
    const option = options.claim(index === 0 ? "apiKey" : camelCase(key));
    models.push({ kind: "apiKey", option, in: scheme.in as "header" | "query" | "cookie", name: String(scheme.name) });
    optionOf.set(key, option);
  });
  return { models, optionOf };
}

/** The first server's URL, its `{variables}` replaced by their defaults. */
function firstServerUrl(document: Json): string {
  const [first] = Array.isArray(document.servers) ? document.servers : [];
  const server = record(first);
  if (typeof server.url !== "string") return "";
  const variables = record(server.variables);
  const url = server.url.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const fallback = record(variables[name]).default;
    return typeof fallback === "string" ? fallback : match;
  });
  return url.replace(/\/+$/, "");
}

/** Follows a local `$ref` (`#/…`) to its target; other values are returned as they are. */
function resolve(document: Json, value: unknown, seen = new Set<string>()): Json {
  const node = record(value);
  if (typeof node.$ref !== "string" || !node.$ref.startsWith("#/") || seen.has(node.$ref)) return node;
  seen.add(node.$ref);
  // Own keys only: `#/components/schemas/constructor` is a schema or nothing, not Object's.
  const target = fromPointer(node.$ref).reduce<unknown>(
    (current, segment) => (Object.hasOwn(record(current), segment) ? record(current)[segment] : undefined),
    document,
  );
  return resolve(document, target, seen);
}

function record(value: unknown): Json {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
