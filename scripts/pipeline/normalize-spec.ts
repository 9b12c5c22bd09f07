import { camelCase, NameScope, pascalCase } from "../emit/names.js";
import type { ClientConfig } from "./config.js";
import type { LoadedSpec } from "./load-spec.js";
import { fromPointer, toPointer } from "./spec-error.js";

/** The API as the client emitter sees it: resources, operations and their parameters, in a stable order. */
export interface ApiModel {
  clientName: string;
  title: string;
  baseUrl: string;
  auth: AuthModel[];
  env: NonNullable<ClientConfig["env"]>;
  resources: ResourceModel[];
  /** Operations without a tag: methods of the client itself. */
  rootOperations: OperationModel[];
  /** `components.schemas` names, sorted. */
  schemaNames: string[];
}

export type AuthModel = { kind: "bearer"; option: "token" } | { kind: "apiKey"; option: "apiKey"; in: "header"; name: string };

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
  body: BodyModel | undefined;
  success: ResponseModel[];
  errors: ResponseModel[];
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
}

export interface BodyModel {
  mediaType: string;
  required: boolean;
  /** Whether the body's fields sit at the top of the params object (a JSON object whose names do not collide with parameters). */
  spread: boolean;
  /** The component schema the body is, when it is a plain `$ref` to one. */
  schemaName: string | undefined;
}

export interface ResponseModel {
  status: string;
  description: string | undefined;
  mediaType: string | undefined;
  schemaName: string | undefined;
}

type Json = Record<string, unknown>;

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Builds the ApiModel; operations sorted by path then method, by code unit (never locale). */
export function normalizeSpec(spec: LoadedSpec, config: ClientConfig): ApiModel {
  const document = spec.document;
  const auth = authModels(document);
  const operations = collectOperations(document, auth);
  const resources = groupResources(operations, document, config);
  return {
    clientName: config.name,
    title: String(record(document.info).title ?? config.name),
    baseUrl: firstServerUrl(document),
    auth,
    env: config.env ?? {},
    resources,
    rootOperations: nameMethods(operations.filter((entry) => entry.tag === undefined)),
    schemaNames: Object.keys(record(record(document.components).schemas)).sort(compareCodeUnits),
  };
}

interface RawOperation {
  tag: string | undefined;
  wantedName: string;
  model: Omit<OperationModel, "methodName">;
}

function collectOperations(document: Json, auth: AuthModel[]): RawOperation[] {
  const found: RawOperation[] = [];
  const paths = record(document.paths);
  for (const path of Object.keys(paths).sort(compareCodeUnits)) {
    const pathItem = resolve(document, paths[path]);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation === undefined) continue;
      found.push(readOperation(document, auth, path, method, pathItem, record(operation)));
    }
  }
  return found;
}

function readOperation(document: Json, auth: AuthModel[], path: string, method: string, pathItem: Json, operation: Json): RawOperation {
  const parameters = mergeParameters(document, pathItem, operation);
  const suppliedHeaders = new Set(auth.map((scheme) => (scheme.kind === "bearer" ? "authorization" : scheme.name.toLowerCase())));
  const byLocation = (location: string) => parameters.filter((parameter) => parameter.in === location);
  const queryParams = byLocation("query").map(toParamModel);
  const headerParams = byLocation("header")
    .filter((parameter) => !suppliedHeaders.has(String(parameter.name).toLowerCase()))
    .map(toParamModel);
  const responses = readResponses(document, record(operation.responses));
  const tags = Array.isArray(operation.tags) ? operation.tags.map(String) : [];
  return {
    tag: tags[0],
    wantedName: camelCase(typeof operation.operationId === "string" ? operation.operationId : `${method} ${path}`),
    model: {
      httpMethod: method.toUpperCase(),
      path,
      pointer: toPointer(["paths", path, method]),
      summary: optionalString(operation.summary),
      description: optionalString(operation.description),
      deprecated: operation.deprecated === true,
      pathParams: pathParamsInOrder(document, path, byLocation("path")),
      queryParams,
      headerParams,
      body: readBody(document, operation.requestBody, [...queryParams, ...headerParams]),
      ...responses,
    },
  };
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

function toParamModel(parameter: Json): ParamModel {
  return { name: String(parameter.name), required: parameter.required === true };
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
  const fields = objectPropertyNames(document, schema);
  const collides = fields !== undefined && params.some((param) => fields.has(param.name) || param.name === "body");
  return {
    mediaType,
    required: body.required === true,
    spread: isJsonMediaType(mediaType) && fields !== undefined && !collides,
    schemaName: componentSchemaName(schema),
  };
}

function readResponses(document: Json, responses: Json): Pick<OperationModel, "success" | "errors"> {
  const success: ResponseModel[] = [];
  const errors: ResponseModel[] = [];
  for (const status of Object.keys(responses).sort(compareCodeUnits)) {
    const response = resolve(document, responses[status]);
    const content = record(response.content);
    const mediaType = pickMediaType(Object.keys(content));
    const schema = mediaType === undefined ? {} : record(record(content[mediaType]).schema);
    const model = { status, description: optionalString(response.description), mediaType, schemaName: componentSchemaName(schema) };
    (/^2/.test(status) ? success : errors).push(model);
  }
  return { success, errors };
}

/** JSON first (`application/json`, then any `+json`), else the first declared type. */
function pickMediaType(mediaTypes: string[]): string | undefined {
  return mediaTypes.find((type) => type === "application/json") ?? mediaTypes.find(isJsonMediaType) ?? mediaTypes[0];
}

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/([\w.-]+\+)?json\b/i.test(mediaType);
}

/** Property names of an object schema (through `$ref` and `allOf`), or undefined when it is not plainly an object. */
function objectPropertyNames(document: Json, schema: Json, depth = 0): Set<string> | undefined {
  const target = resolve(document, schema);
  if (depth > 32 || target.oneOf !== undefined || target.anyOf !== undefined) return undefined;
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
  const classes = new NameScope([config.name, `${config.name}Options`]);
  return [...byTag.keys()].sort(compareCodeUnits).map((tag) => {
    const userName = config.tags?.[tag] ?? tag;
    return {
      tag,
      property: properties.claim(camelCase(userName)),
      className: classes.claim(pascalCase(userName)),
      description: tagDescriptions.get(tag),
      operations: nameMethods(byTag.get(tag) ?? []),
    };
  });
}

/** Method names unique within their class; on a clash the later operation (path, method order) gets `2`, `3`, …. */
function nameMethods(operations: RawOperation[]): OperationModel[] {
  const scope = new NameScope(["constructor", "transport", "describeError"]);
  return operations.map((operation) => ({ ...operation.model, methodName: scope.claim(operation.wantedName) }));
}

function authModels(document: Json): AuthModel[] {
  const schemes = record(record(document.components).securitySchemes);
  const models: AuthModel[] = [];
  for (const name of Object.keys(schemes).sort(compareCodeUnits)) {
    const scheme = resolve(document, schemes[name]);
    if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "bearer") models.push({ kind: "bearer", option: "token" });
    if (scheme.type === "apiKey" && scheme.in === "header") {
      models.push({ kind: "apiKey", option: "apiKey", in: "header", name: String(scheme.name) });
    }
  }
  return models.filter((model, index) => models.findIndex((other) => other.option === model.option) === index);
}

function firstServerUrl(document: Json): string {
  const [first] = Array.isArray(document.servers) ? document.servers : [];
  const url = record(first).url;
  return typeof url === "string" ? url.replace(/\/+$/, "") : "";
}

/** Follows a local `$ref` (`#/…`) to its target; other values are returned as they are. */
function resolve(document: Json, value: unknown, seen = new Set<string>()): Json {
  const node = record(value);
  if (typeof node.$ref !== "string" || !node.$ref.startsWith("#/") || seen.has(node.$ref)) return node;
  seen.add(node.$ref);
  const target = fromPointer(node.$ref).reduce<unknown>((current, segment) => record(current)[segment], document);
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
