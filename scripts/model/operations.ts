/** Operations and their parameters, read through the document module, before they are named. */
import { camelCase, NameScope } from "../emit/names.js";
import { compareCodeUnits, type Json, optionalString, record } from "../document/json.js";
import { mergeParameters, type OperationEntry, operationsOf, templateNames } from "../document/operations.js";
import { toPointer } from "../document/pointer.js";
import { resolve } from "../document/refs.js";
import type { AuthModel, ParamModel, PathParamModel } from "./api-model.js";
import { credentialParameters, needsAuth, securityOptions } from "./auth.js";
import { readBody, readResponses, responseTypeOf } from "./bodies.js";
import { type UnnamedOperation, wantedMethodName } from "./naming.js";
import { headerNameWarnings } from "./response-headers.js";
import { type ModelWarning, paginationOf } from "./pagination.js";
import type { ClientPagination } from "./pagination-setting.js";
import { streamWithCopies, untypedItemSchemas } from "./streaming.js";

export interface RawOperation extends UnnamedOperation {
  /** Its security requirements leave no way in without credentials. */
  needsAuth: boolean;
  /** What was wrong with a pagination setting that named it. */
  warnings: ModelWarning[];
}

/** Every operation, sorted by path then method (by code unit, never locale). */
export function collectOperations(document: Json, auth: AuthModel[], optionOf: Map<string, string>, pagination?: ClientPagination): RawOperation[] {
  // Stable: a path's operations keep HTTP_METHODS order.
  const entries = [...operationsOf(document)].sort((a, b) => compareCodeUnits(a.path, b.path));
  const itemCopies = untypedItemSchemas(document);
  return entries.map((entry) => readOperation(document, { auth, optionOf, pagination, itemCopies }, entry));
}

interface ReadContext {
  auth: AuthModel[];
  optionOf: Map<string, string>;
  pagination: ClientPagination | undefined;
  /** Stream item schemas copied into the types document, by pointer (untypedItemSchemas). */
  itemCopies: ReadonlyMap<string, string>;
}

function readOperation(document: Json, { auth, optionOf, pagination: paginationConfig, itemCopies }: ReadContext, entry: OperationEntry): RawOperation {
  const { path, method, node: operation } = entry;
  const parameters = mergeParameters(entry.parameters).map((parameter) => parameter.node);
  // Parameters that carry a credential are the client's business, not each call's.
  const supplied = credentialParameters(auth);
  const byLocation = (location: string) =>
    parameters.filter((parameter) => parameter.in === location && !supplied.has(`${location}:${String(parameter.name).toLowerCase()}`)).map(toParamModel);
  const queryParams = byLocation("query");
  const headerParams = byLocation("header");
  const cookieParams = byLocation("cookie");
  const pathParameters = parameters.filter((parameter) => parameter.in === "path");
  const responseNodes = record(operation.responses);
  const responses = readResponses(document, responseNodes);
  const tags = Array.isArray(operation.tags) ? operation.tags.map(String) : [];
  const { strategy: pagination, warnings: paginationWarnings } = paginationOf(document, entry, paginationConfig);
  const stream = streamWithCopies(document, entry, itemCopies);
  // fetch refuses to build a GET or HEAD request with a body, so a body declared on one (every
  // list of Stripe's declares an empty form body) would make each call that passes any params
  // fail; the body is left out, and said so.
  const bodyless = method === "get" || method === "head";
  const ignoredBody = bodyless && operation.requestBody !== undefined;
  const warnings = ignoredBody
    ? [...paginationWarnings, { pointer: `${entry.pointer}/requestBody`, message: `requestBody ignored: fetch sends no body with ${method.toUpperCase()}` }]
    : paginationWarnings;
  return {
    tag: tags[0],
    wantedName: wantedMethodName(operation.operationId, tags[0], method, path),
    needsAuth: needsAuth(operation.security ?? document.security ?? []),
    warnings: [...warnings, ...headerNameWarnings(document, responseNodes, responses.success, entry.pointer)],
    model: {
      httpMethod: method.toUpperCase(),
      path,
      pointer: toPointer(["paths", path, method]),
      summary: optionalString(operation.summary),
      description: optionalString(operation.description),
      deprecated: operation.deprecated === true,
      pathParams: pathParamsInOrder(document, path, pathParameters),
      queryParams,
      headerParams,
      cookieParams,
      body: bodyless ? undefined : readBody(document, operation.requestBody, [...queryParams, ...headerParams, ...cookieParams]),
      ...responses,
      responseType: responseTypeOf(responses.success),
      accept: responses.success.find((response) => response.mediaType !== undefined && response.mediaType !== "*/*")?.mediaType,
      security: operation.security === undefined ? undefined : securityOptions(operation.security, optionOf),
      pathTemplate: pathTemplate(path, pathParameters),
      // Set only when there is one: models compared with toStrictEqual stay as they were.
      ...(pagination === undefined ? {} : { pagination }),
      ...(stream === undefined ? {} : { stream }),
    },
  };
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

const DEFAULT_STYLE: Record<string, string> = { query: "form", cookie: "form", header: "simple" };

function toParamModel(parameter: Json): ParamModel {
  const location = String(parameter.in);
  const style = typeof parameter.style === "string" ? parameter.style : (DEFAULT_STYLE[location] ?? "simple");
  const explode = typeof parameter.explode === "boolean" ? parameter.explode : style === "form";
  const isDefault = style === DEFAULT_STYLE[location] && explode === (style === "form");
  return { name: String(parameter.name), required: parameter.required === true, style: isDefault ? undefined : { style, explode } };
}

function pathParamsInOrder(document: Json, path: string, declared: Json[]): PathParamModel[] {
  const scope = new NameScope(["params", "options"]);
  // A name the template repeats (`/{location}/…/{location}`, APIs.guru's azure.com/azsadmin-Operations) is one parameter, substituted at each place.
  return [...new Set(templateNames(path))].map((name) => {
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
