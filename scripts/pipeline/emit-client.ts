import {
  type ClassDeclarationStructure,
  type InterfaceDeclarationStructure,
  type JSDocStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type StatementStructures,
  StructureKind,
  type TypeAliasDeclarationStructure,
  VariableDeclarationKind,
  type WriterFunction,
} from "ts-morph";
import { docText, stringLiteral } from "../emit/escape.js";
import { NameScope, pascalCase, safeIdentifier } from "../emit/names.js";
import { isJsonMediaType, type ApiModel, type OperationModel, type ResourceModel, type ResponseModel } from "./normalize-spec.js";

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
  const names = new NameScope([model.clientName, `${model.clientName}Options`, ...model.resources.map((r) => r.className)]);
  // A schema keeps its own name where that is a valid identifier (`HTTPValidationError`).
  const aliasName = (schema: string) => (safeIdentifier(schema) === schema ? schema : pascalCase(schema));
  const schemaAliases = model.schemaNames.map((schema) => ({ schema, alias: names.claim(aliasName(schema)) }));
  const aliasOf = new Map(schemaAliases.map(({ schema, alias }) => [schema, alias]));
  const typeNames = (prefix: string, operation: OperationModel) => operationTypeNames(names, prefix, operation);
  const resourceTypes = model.resources.map((resource) =>
    resource.operations.map((operation) => ({ operation, types: typeNames(resource.className, operation) })),
  );
  const rootTypes = model.rootOperations.map((operation) => ({ operation, types: typeNames(model.clientName, operation) }));
  return [
    ctx.header,
    `import type { components, paths } from "./schema.js";`,
    `import { BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from ${stringLiteral(ctx.runtimeImport)};`,
    ...schemaAliases.map(({ schema, alias }) => typeAlias(alias, `components["schemas"][${stringLiteral(schema)}]`)),
    ...[...resourceTypes.flat(), ...rootTypes].flatMap(({ operation, types }) => operationTypeAliases(operation, types, aliasOf)),
    ...model.resources.map((resource, index) => resourceClass(resource, resourceTypes[index] ?? [])),
    definitionConstant(model),
    optionsInterface(model),
    clientClass(model, rootTypes),
  ];
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

function typeAlias(name: string, type: string, docs?: string): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, name, type, isExported: true, docs: docs ? [docText(docs)] : undefined };
}

/** `paths["/x"]["put"]`: the operation's entry in openapi-typescript's output. */
function operationType(operation: OperationModel): string {
  return `paths[${stringLiteral(operation.path)}][${stringLiteral(operation.httpMethod.toLowerCase())}]`;
}

function operationTypeAliases(
  operation: OperationModel,
  types: OperationTypeNames,
  aliasOf: Map<string, string>,
): TypeAliasDeclarationStructure[] {
  const aliases = [
    typeAlias(types.response, responseUnion(operation, operation.success, aliasOf, "undefined"), `Success body of ${operation.httpMethod} ${operation.path}.`),
    typeAlias(types.error, responseUnion(operation, operation.errors, aliasOf, "unknown"), `Error body of ${operation.httpMethod} ${operation.path}, as \`APIError.body\`.`),
  ];
  if (!takesParams(operation)) return aliases;
  return [typeAlias(types.params, paramsType(operation, aliasOf), `${paramsContents(operation)} of ${operation.httpMethod} ${operation.path}.`), ...aliases];
}

/** What the params object holds, for its doc comment: "Body fields and query parameters". */
function paramsContents(operation: OperationModel): string {
  const parts = [
    operation.body === undefined ? undefined : operation.body.spread ? "body fields" : "the request body (`body`)",
    operation.queryParams.length > 0 ? "query parameters" : undefined,
    operation.headerParams.length > 0 ? "header parameters" : undefined,
  ].filter((part) => part !== undefined);
  const text = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : (parts[0] ?? "");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function responseUnion(operation: OperationModel, responses: ResponseModel[], aliasOf: Map<string, string>, empty: string): string {
  const members = responses.map((response) => {
    if (response.mediaType === undefined) return empty;
    if (!isJsonMediaType(response.mediaType)) return "string";
    const alias = response.schemaName === undefined ? undefined : aliasOf.get(response.schemaName);
    return alias ?? `${operationType(operation)}["responses"][${stringLiteral(response.status)}]["content"][${stringLiteral(response.mediaType)}]`;
  });
  const unique = [...new Set(members)];
  return unique.length === 0 ? empty : unique.join(" | ");
}

/** The params object's type: body fields (or `{ body }`) & query parameters & header parameters. */
function paramsType(operation: OperationModel, aliasOf: Map<string, string>): string {
  const parts: string[] = [];
  const { body } = operation;
  if (body !== undefined) {
    const alias = body.schemaName === undefined ? undefined : aliasOf.get(body.schemaName);
    const bodyType = body.spread && alias !== undefined
      ? alias
      : `NonNullable<${operationType(operation)}["requestBody"]>["content"][${stringLiteral(body.mediaType)}]`;
    parts.push(body.spread ? bodyType : `{ body${body.required ? "" : "?"}: ${bodyType} }`);
  }
  if (operation.queryParams.length > 0) parts.push(`NonNullable<${operationType(operation)}["parameters"]["query"]>`);
  if (operation.headerParams.length > 0) {
    const picked = operation.headerParams.map((param) => stringLiteral(param.name)).join(" | ");
    parts.push(`Pick<NonNullable<${operationType(operation)}["parameters"]["header"]>, ${picked}>`);
  }
  return parts.join(" & ");
}

/** Whether the method takes a params object: it has a body, query or (non-auth) header parameters. */
function takesParams(operation: OperationModel): boolean {
  return operation.body !== undefined || operation.queryParams.length > 0 || operation.headerParams.length > 0;
}

function paramsRequired(operation: OperationModel): boolean {
  const requiredParam = [...operation.queryParams, ...operation.headerParams].some((param) => param.required);
  return requiredParam || operation.body?.required === true;
}

function resourceClass(
  resource: ResourceModel,
  operations: { operation: OperationModel; types: OperationTypeNames }[],
): ClassDeclarationStructure {
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
    returnType: `Promise<${types.response}>`,
    statements: [requestCall(operation, types, transport, hasParams)],
  };
}

function requestCall(operation: OperationModel, types: OperationTypeNames, transport: string, hasParams: boolean): WriterFunction {
  return (writer) => {
    const path = operation.pathParams.map((param) => `${stringLiteral(param.name)}: ${param.identifier}`).join(", ");
    const input = [path === "" ? undefined : `path: { ${path} }`, hasParams ? `...splitParams(params, ${splitSpec(operation)})` : undefined]
      .filter((part) => part !== undefined)
      .join(", ");
    writer.write(
      `return ${transport}.request<${types.response}>(${stringLiteral(operation.httpMethod)}, ${stringLiteral(operation.path)}, { ${input} }, options);`,
    );
  };
}

/** How the runtime splits the params object: which keys are query and header parameters, where the body is. */
function splitSpec(operation: OperationModel): string {
  const list = (params: { name: string }[]) => `[${params.map((param) => stringLiteral(param.name)).join(", ")}]`;
  const body = operation.body === undefined ? "none" : operation.body.spread ? "spread" : "property";
  return `{ query: ${list(operation.queryParams)}, header: ${list(operation.headerParams)}, body: ${stringLiteral(body)} }`;
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
  return ERROR_CLASS_BY_STATUS[status] ?? (/^5/.test(status) ? "InternalServerError" : "APIError");
}

function operationDocs(operation: OperationModel): OptionalKind<JSDocStructure> {
  const text = [operation.summary, operation.description].filter((part) => part !== undefined).map(docText);
  const tags = [
    ...operation.pathParams.map((param) => ({ tagName: "param", text: docText(`${param.identifier} ${param.description ?? `\`${param.name}\``}`) })),
    ...operation.errors.map((error) => ({ tagName: "throws", text: docText(`{${errorClassName(error.status)}} ${error.status} ${error.description ?? ""}`) })),
    ...(operation.deprecated ? [{ tagName: "deprecated" }] : []),
  ];
  return { description: `${text.join("\n\n") || `${operation.httpMethod} ${operation.path}`}\n\n\`${operation.httpMethod} ${docText(operation.path)}\``, tags };
}

function definitionConstant(model: ApiModel): StatementStructures {
  const definition = { name: model.clientName, baseUrl: model.baseUrl, auth: model.auth, env: model.env };
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
    return `{ ${entries.map(([key, entry]) => `${stringLiteral(key)}: ${jsonLiteral(entry)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

function optionsInterface(model: ApiModel): InterfaceDeclarationStructure {
  const credentialDocs = {
    token: (variable?: string) => `Bearer token, sent as \`Authorization: Bearer <token>\`.${variable ? ` @default process.env.${variable}` : ""}`,
    apiKey: (variable?: string) => `API key, sent in the \`${model.auth.find((a) => a.option === "apiKey" && a.kind === "apiKey")?.name ?? ""}\` header.${variable ? ` @default process.env.${variable}` : ""}`,
  };
  return {
    kind: StructureKind.Interface,
    name: `${model.clientName}Options`,
    isExported: true,
    extends: ["ClientOptions"],
    docs: [docText(`Options of the ${model.clientName} client (${model.title}).`)],
    properties: model.auth.map((scheme) => ({
      name: scheme.option,
      type: "string",
      hasQuestionToken: true,
      docs: [docText(credentialDocs[scheme.option](model.env[scheme.option]))],
    })),
  };
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
