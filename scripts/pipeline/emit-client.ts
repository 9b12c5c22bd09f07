import {
  type ClassDeclarationStructure,
  type InterfaceDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type StatementStructures,
  StructureKind,
  type TypeAliasDeclarationStructure,
  VariableDeclarationKind,
  type WriterFunction,
} from "ts-morph";
import { docText, propertyKey, stringLiteral } from "../emit/escape.js";
import { MODULE_NAMES, NameScope, pascalCase, safeIdentifier } from "../emit/names.js";
import type { ApiModel, AuthModel, OperationModel, ParamModel, ResourceModel, ResponseModel } from "./normalize-spec.js";

export interface GeneratedFile {
  /** Path relative to the output folder. */
  path: string;
  content: string;
}

export interface EmitClientContext {
  /** The `// Generated from …` line every file starts with. */
  header: string;
  /** Module specifier of the runtime (src/runtime). */
  runtimeImport: string;
}

/** Statements of `client.ts`: schema aliases, per-operation types, one class per resource, the client. */
export function emitClientStatements(model: ApiModel, ctx: EmitClientContext): (string | StatementStructures)[] {
  const names = new NameScope([model.clientName, `${model.clientName}Options`, ...MODULE_NAMES, ...model.resources.map((r) => r.className)]);
  // A schema keeps its own name where that is a valid identifier (`HTTPValidationError`).
  const aliasName = (schema: string) => (safeIdentifier(schema) === schema ? schema : pascalCase(schema));
  const schemaAliases = model.schemaNames.map((schema) => ({ schema, alias: names.claim(aliasName(schema)) }));
  const aliases = { of: new Map(schemaAliases.map(({ schema, alias }) => [schema, alias])), readWrite: model.usesReadWrite };
  const typeNames = (prefix: string, operation: OperationModel) => operationTypeNames(names, prefix, operation);
  const resourceTypes = model.resources.map((resource) =>
    resource.operations.map((operation) => ({ operation, types: typeNames(resource.className, operation) })),
  );
  const rootTypes = model.rootOperations.map((operation) => ({ operation, types: typeNames(model.clientName, operation) }));
  return [
    ctx.header,
    `import type { components, paths${model.usesReadWrite ? ", Readable, Writable" : ""} } from "./schema.js";`,
    runtimeImports(model, ctx),
    // With readOnly/writeOnly in the spec, a schema's name is what responses carry (its readOnly
    // fields in, writeOnly out); request types use Writable<> of the raw schema instead.
    ...schemaAliases.map(({ schema, alias }) => typeAlias(alias, readable(`components["schemas"][${stringLiteral(schema)}]`, aliases.readWrite))),
    ...[...resourceTypes.flat(), ...rootTypes].flatMap(({ operation, types }) => operationTypeAliases(operation, types, aliases)),
    ...model.resources.map((resource, index) => resourceClass(resource, resourceTypes[index] ?? [])),
    definitionConstant(model),
    optionsInterface(model),
    clientClass(model, rootTypes),
  ];
}

function runtimeImports(model: ApiModel, ctx: EmitClientContext): string {
  const operations = [...model.resources.flatMap((resource) => resource.operations), ...model.rootOperations];
  const names = [
    ...(operations.length > 0 ? ["type APIPromise"] : []),
    "BaseClient",
    ...(operations.some((operation) => operation.body?.kind === "binary") ? ["type BinaryBody"] : []),
    "type ClientDefinition",
    "type ClientOptions",
    "type RequestOptions",
    ...(operations.some(takesParams) ? ["splitParams"] : []),
    ...(model.resources.length > 0 ? ["type Transport"] : []),
  ];
  return `import { ${names.join(", ")} } from ${stringLiteral(ctx.runtimeImport)};`;
}

interface OperationTypeNames {
  params: string;
  response: string;
  error: string;
}

function operationTypeNames(names: NameScope, prefix: string, operation: OperationModel): OperationTypeNames {
  const base = `${prefix}${pascalCase(operation.methodName)}`;
  return { params: names.claim(`${base}Params`), response: names.claim(`${base}Response`), error: names.claim(`${base}Error`) };
}

/** Schema aliases by schema name, and whether the spec marks readOnly/writeOnly properties. */
interface Aliases {
  of: Map<string, string>;
  readWrite: boolean;
}

function readable(type: string, readWrite: boolean): string {
  return readWrite ? `Readable<${type}>` : type;
}

function typeAlias(name: string, type: string, docs?: string): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, name, type, isExported: true, docs: docs ? [docText(docs)] : undefined };
}

/** `paths["/x"]["put"]`: the operation's entry in openapi-typescript's output. */
function operationType(operation: OperationModel): string {
  return `paths[${stringLiteral(operation.path)}][${stringLiteral(operation.httpMethod.toLowerCase())}]`;
}

function operationTypeAliases(operation: OperationModel, types: OperationTypeNames, aliases: Aliases): TypeAliasDeclarationStructure[] {
  const route = `${operation.httpMethod} ${operation.path}`;
  const result = [
    typeAlias(types.response, responseUnion(operation, operation.success, aliases, "undefined"), `Success body of ${route}.`),
    typeAlias(types.error, responseUnion(operation, operation.errors, aliases, "unknown"), `Error body of ${route}, as \`APIError.body\`.`),
  ];
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

/** Whether the method takes a params object: it has a body, query or (non-auth) header parameters. */
function takesParams(operation: OperationModel): boolean {
  return operation.body !== undefined || allParams(operation).length > 0;
}

function allParams(operation: OperationModel): ParamModel[] {
  return [...operation.queryParams, ...operation.headerParams, ...operation.cookieParams];
}

function paramsRequired(operation: OperationModel): boolean {
  const requiredParam = allParams(operation).some((param) => param.required);
  return requiredParam || operation.body?.required === true;
}

function resourceClass(resource: ResourceModel, operations: { operation: OperationModel; types: OperationTypeNames }[]): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: resource.className,
    isExported: true,
    docs: [docText(resource.description ?? `Operations tagged \`${resource.tag}\`.`)],
    properties: [{ name: "#transport", isReadonly: true, type: "Transport" }],
    ctors: [{ parameters: [{ name: "transport", type: "Transport" }], statements: ["this.#transport = transport;"] }],
    methods: operations.map(({ operation, types }) => operationMethod(operation, types, "this.#transport")),
  };
}

function operationMethod(operation: OperationModel, types: OperationTypeNames, transport: string): OptionalKind<MethodDeclarationStructure> {
  const pathParameters = operation.pathParams.map((param) => ({
    name: param.identifier,
    type: param.primitive ?? `${operationType(operation)}["parameters"]["path"][${stringLiteral(param.name)}]`,
  }));
  const hasParams = takesParams(operation);
  const paramsParameter = hasParams ? [{ name: "params", type: types.params, hasQuestionToken: !paramsRequired(operation) }] : [];
  return {
    name: operation.methodName,
    docs: [operationDocs(operation)],
    parameters: [...pathParameters, ...paramsParameter, { name: "options", type: "RequestOptions", hasQuestionToken: true }],
    returnType: `APIPromise<${types.response}>`,
    statements: [requestCall(operation, types, transport, hasParams)],
  };
}

function requestCall(operation: OperationModel, types: OperationTypeNames, transport: string, hasParams: boolean): WriterFunction {
  return (writer) => {
    const path = operation.pathParams.map((param) => `${propertyKey(param.name)}: ${param.identifier}`).join(", ");
    const { body } = operation;
    const input = [
      path === "" ? undefined : `path: { ${path} }`,
      hasParams ? `...splitParams(params, ${paramsLayout(operation)})` : undefined,
      body !== undefined && body.mediaType !== "application/json" ? `requestType: ${stringLiteral(body.mediaType)}` : undefined,
      operation.responseType === "json" ? undefined : `responseType: ${stringLiteral(operation.responseType)}`,
      operation.accept === undefined || operation.accept === "application/json" ? undefined : `accept: ${stringLiteral(operation.accept)}`,
      operation.security === undefined ? undefined : `security: ${jsonLiteral(operation.security)}`,
    ].filter((part) => part !== undefined);
    const inputText = input.length === 0 ? "{}" : `{ ${input.join(", ")} }`;
    const template = stringLiteral(operation.pathTemplate);
    writer.write(`return ${transport}.request<${types.response}>(${stringLiteral(operation.httpMethod)}, ${template}, ${inputText}, options);`);
  };
}

/** How the runtime splits the params object (see ParamsLayout): parameter names by location, where the body is, non-default styles. */
function paramsLayout(operation: OperationModel): string {
  const list = (params: ParamModel[]) => `[${params.map((param) => stringLiteral(param.name)).join(", ")}]`;
  const locations = { query: operation.queryParams, header: operation.headerParams, cookie: operation.cookieParams };
  const fields = Object.entries(locations)
    .filter(([, params]) => params.length > 0)
    .map(([location, params]) => `${location}: ${list(params)}`);
  const body = operation.body === undefined ? "none" : operation.body.spread ? "spread" : "property";
  fields.push(`body: ${stringLiteral(body)}`);
  const styles = Object.entries(locations)
    .map(([location, params]) => {
      const styled = params.filter((param) => param.style !== undefined);
      if (styled.length === 0) return undefined;
      const entries = styled.map((param) => `${propertyKey(param.name)}: ${jsonLiteral(param.style)}`);
      return `${location}: { ${entries.join(", ")} }`;
    })
    .filter((entry) => entry !== undefined);
  if (styles.length > 0) fields.push(`styles: { ${styles.join(", ")} }`);
  return `{ ${fields.join(", ")} }`;
}

const ERROR_CLASS_BY_STATUS: Record<string, string> = {
  "400": "BadRequestError",
  "401": "AuthenticationError",
  "403": "PermissionDeniedError",
  "404": "NotFoundError",
  "409": "ConflictError",
  "422": "UnprocessableEntityError",
  "429": "RateLimitError",
};

function errorClassName(status: string): string {
  if (Object.hasOwn(ERROR_CLASS_BY_STATUS, status)) return ERROR_CLASS_BY_STATUS[status] as string;
  return /^5/.test(status) ? "InternalServerError" : "APIError";
}

/**
 * The method's JSDoc as one text, not as ts-morph's `{ description, tags }`: ts-morph prints
 * those through a writer that tracks comments in the text it is given, and after a `/*` in a
 * description it "closes" that comment by writing `*\/` before the first tag: the end of the
 * JSDoc, with the rest of the spec's text after it as code.
 */
function operationDocs(operation: OperationModel): string {
  const text = [operation.summary, operation.description].filter((part) => part !== undefined).map(docText);
  const tags = [
    ...operation.pathParams.map((param) => `@param ${docText(`${param.identifier} ${param.description ?? `\`${param.name}\``}`)}`),
    ...operation.errors.map((error) => `@throws ${docText(`{${errorClassName(error.status)}} ${error.status} ${error.description ?? ""}`)}`),
    ...(operation.deprecated ? ["@deprecated"] : []),
  ];
  const route = `${operation.httpMethod} ${docText(operation.path)}`;
  const description = `${text.join("\n\n") || route}\n\n\`${route}\``;
  return tags.length === 0 ? description : `${description}\n${tags.join("\n")}`;
}

function definitionConstant(model: ApiModel): StatementStructures {
  const definition = {
    name: model.clientName,
    baseUrl: model.baseUrl,
    auth: model.auth,
    authRequired: model.authRequired,
    security: model.security,
    env: model.env,
  };
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name: "definition", type: "ClientDefinition", initializer: jsonLiteral(definition) }],
  };
}

/** A JSON value as TypeScript source, with every string escaped as a literal. */
function jsonLiteral(value: unknown): string {
  if (typeof value === "string") return stringLiteral(value);
  if (Array.isArray(value)) return `[${value.map(jsonLiteral).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([key, entry]) => `${propertyKey(key)}: ${jsonLiteral(entry)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function optionsInterface(model: ApiModel): InterfaceDeclarationStructure {
  const envDefault = (option: string) => (Object.hasOwn(model.env, option) && model.env[option] ? ` @default process.env.${model.env[option]}` : "");
  return {
    kind: StructureKind.Interface,
    name: `${model.clientName}Options`,
    isExported: true,
    extends: ["ClientOptions"],
    docs: [docText(`Options of the ${model.clientName} client (${model.title}).`)],
    properties: model.auth.flatMap((scheme) =>
      credentialOptions(scheme).map(([name, doc]) => ({ name, type: "string", hasQuestionToken: true, docs: [docText(`${doc}${envDefault(name)}`)] })),
    ),
  };
}

/** The options a security scheme adds to the client, with what each sends. */
function credentialOptions(scheme: AuthModel): [option: string, doc: string][] {
  if (scheme.kind === "bearer") return [[scheme.option, "Bearer token, sent as `Authorization: Bearer <token>`."]];
  if (scheme.kind === "basic") {
    return [
      [scheme.option, "User name for HTTP basic authentication (`Authorization: Basic …`)."],
      [scheme.passwordOption, "Password for HTTP basic authentication."],
    ];
  }
  const where = { header: "header", query: "query parameter", cookie: "cookie" }[scheme.in];
  return [[scheme.option, `API key, sent in the \`${scheme.name}\` ${where}.`]];
}

function clientClass(model: ApiModel, rootOperations: { operation: OperationModel; types: OperationTypeNames }[]): ClassDeclarationStructure {
  return {
    kind: StructureKind.Class,
    name: model.clientName,
    isExported: true,
    extends: "BaseClient",
    docs: [docText(`Client for ${model.title}.`)],
    properties: model.resources.map((resource) => ({ name: resource.property, isReadonly: true, type: resource.className })),
    ctors: [
      {
        parameters: [{ name: "options", type: `${model.clientName}Options`, initializer: "{}" }],
        statements: ["super(options, definition);", ...model.resources.map((r) => `this.${r.property} = new ${r.className}(this.transport);`)],
      },
    ],
    methods: rootOperations.map(({ operation, types }) => operationMethod(operation, types, "this.transport")),
  };
}
