/** The type aliases of each operation: its params object, success body and error body. */
import { type InterfaceDeclarationStructure, StructureKind, type TypeAliasDeclarationStructure } from "ts-morph";
import type { OperationModel, ParamModel, ResponseModel } from "../model/api-model.js";
import { docText, jsonLiteral, stringLiteral } from "./escape.js";
import { type Aliases, readable, streamItemType } from "./item-types.js";
import { type NameScope, pascalCase } from "./names.js";
import { declaresResponseHeaders, headersInterface } from "./response-headers.js";
import { takesParams } from "./signature.js";

export interface OperationTypeNames {
  params: string;
  response: string;
  error: string;
  /** One item of a stream or of a page's list; only for operations that stream or page. */
  item?: string;
  /** The declared response headers, parsed; only for operations whose success responses declare some. */
  headers?: string;
}

export function operationTypeNames(names: NameScope, prefix: string, operation: OperationModel): OperationTypeNames {
  const base = `${prefix}${pascalCase(operation.methodName)}`;
  const types: OperationTypeNames = { params: names.claim(`${base}Params`), response: names.claim(`${base}Response`), error: names.claim(`${base}Error`) };
  if (operation.stream !== undefined || operation.pagination !== undefined) types.item = names.claim(`${base}Item`);
  if (declaresResponseHeaders(operation)) types.headers = names.claim(`${base}Headers`);
  return types;
}

export { type Aliases, readable } from "./item-types.js";

export function typeAlias(name: string, type: string, docs?: string): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, name, type, isExported: true, docs: docs ? [docText(docs)] : undefined };
}

/** `paths["/x"]["put"]`: the operation's entry in openapi-typescript's output. */
export function operationType(operation: OperationModel): string {
  return `paths[${stringLiteral(operation.path)}][${stringLiteral(operation.httpMethod.toLowerCase())}]`;
}

export function operationTypeAliases(
  operation: OperationModel,
  types: OperationTypeNames,
  aliases: Aliases,
): (TypeAliasDeclarationStructure | InterfaceDeclarationStructure)[] {
  const route = `${operation.httpMethod} ${operation.path}`;
  const result: (TypeAliasDeclarationStructure | InterfaceDeclarationStructure)[] = [
    typeAlias(types.response, responseUnion(operation, operation.success, aliases, "undefined"), `Success body of ${route}.`),
    typeAlias(types.error, responseUnion(operation, operation.errors, aliases, "unknown"), `Error body of ${route}, as \`APIError.body\`.`),
  ];
  const item = itemAlias(operation, types, aliases);
  if (item !== undefined) result.push(item);
  if (types.headers !== undefined) result.push(headersInterface(types.headers, operation));
  if (!takesParams(operation)) return result;
  return [typeAlias(types.params, paramsType(operation, aliases), `${paramsContents(operation)} of ${route}.`), ...result];
}

/** What the params object holds, for its doc comment: "Body fields and query parameters". */
function paramsContents(operation: OperationModel): string {
  const parts = [
    operation.body === undefined ? undefined : operation.body.spread ? "body fields" : "the request body (`body`)",
    operation.queryParams.length > 0 ? "query parameters" : undefined,
    operation.headerParams.length > 0 ? "header parameters" : undefined,
    operation.cookieParams.length > 0 ? "cookie parameters" : undefined,
  ].filter((part) => part !== undefined);
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function responseUnion(operation: OperationModel, responses: ResponseModel[], aliases: Aliases, empty: string): string {
  const members = responses.map((response) => {
    if (response.mediaType === undefined || response.kind === "empty") return empty;
    if (response.kind === "text") return "string";
    if (response.kind === "binary") return "Blob";
    const alias = response.schemaName === undefined ? undefined : aliases.of.get(response.schemaName);
    const content = `${operationType(operation)}["responses"][${stringLiteral(response.status)}]["content"][${stringLiteral(response.mediaType)}]`;
    return alias ?? readable(content, aliases.readWrite);
  });
  const unique = [...new Set(members)];
  return unique.length === 0 ? empty : unique.join(" | ");
}

/** The params object's type: body fields (or `{ body }`) & query, header and cookie parameters. */
function paramsType(operation: OperationModel, aliases: Aliases): string {
  const parts: string[] = [];
  const { body } = operation;
  if (body !== undefined) {
    parts.push(body.spread ? bodyType(operation, aliases) : `{ body${body.required ? "" : "?"}: ${bodyType(operation, aliases)} }`);
  }
  const location = (name: string, params: ParamModel[]) => {
    if (params.length === 0) return;
    // Picked: parameters that carry credentials are left to the client options.
    const picked = params.map((param) => stringLiteral(param.name)).join(" | ");
    parts.push(`Pick<NonNullable<${operationType(operation)}["parameters"][${stringLiteral(name)}]>, ${picked}>`);
  };
  location("query", operation.queryParams);
  location("header", operation.headerParams);
  location("cookie", operation.cookieParams);
  return parts.join(" & ");
}

function bodyType(operation: OperationModel, aliases: Aliases): string {
  const body = operation.body;
  if (body === undefined) return "never";
  if (body.kind === "text") return "string";
  if (body.kind === "binary") return "BinaryBody";
  const schema = body.schemaName === undefined ? undefined : aliases.of.get(body.schemaName);
  const raw = `NonNullable<${operationType(operation)}["requestBody"]>["content"][${stringLiteral(body.mediaType)}]`;
  if (aliases.readWrite) return `Writable<${raw}>`;
  return body.spread && schema !== undefined ? schema : raw;
}

/** The item alias of a streaming or paged operation: an event's data or record, or an element of the page's list. */
function itemAlias(operation: OperationModel, types: OperationTypeNames, aliases: Aliases): TypeAliasDeclarationStructure | undefined {
  const route = `${operation.httpMethod} ${operation.path}`;
  if (types.item === undefined) return undefined;
  if (operation.stream !== undefined) return typeAlias(types.item, streamItemType(operation.stream, aliases), `One item of the stream of ${route}.`);
  const path = operation.pagination?.items ?? [];
  return typeAlias(types.item, `PageItem<${types.response}, ${jsonLiteral(path)}>`, `One item of a page of ${route}.`);
}
