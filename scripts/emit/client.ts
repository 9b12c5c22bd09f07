/** The client emitter: `client.ts` as ts-morph statements, from the ApiModel alone. */
import type { StatementStructures } from "ts-morph";
import { type ApiModel, modelOperations, type OperationModel } from "../model/api-model.js";
import { clientClass, definitionConstant, optionsInterface, resourceClass } from "./client-class.js";
import { stringLiteral } from "./escape.js";
import { MODULE_NAMES, NameScope, pascalCase, safeIdentifier } from "./names.js";
import { operationTypeAliases, operationTypeNames, readable, typeAlias } from "./operation-types.js";
import { declaresResponseHeaders } from "./response-headers.js";
import { takesParams } from "./signature.js";

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
  const operations = modelOperations(model);
  const names = [
    ...(operations.length > 0 ? ["type APIPromise"] : []),
    "BaseClient",
    ...(operations.some((operation) => operation.body?.kind === "binary") ? ["type BinaryBody"] : []),
    "type ClientDefinition",
    "type ClientOptions",
    // Credential options take a value or a function that gives one per request.
    ...(model.auth.length > 0 ? ["type Credential"] : []),
    ...(operations.some(declaresResponseHeaders) ? ["declaredHeaders"] : []),
    ...(operations.some((operation) => operation.pagination !== undefined) ? ["type PageItem", "PagePromise"] : []),
    "type RequestOptions",
    ...(operations.some(takesParams) ? ["splitParams"] : []),
    ...(operations.some((operation) => operation.stream !== undefined) ? ["Stream"] : []),
    ...(model.resources.length > 0 ? ["type Transport"] : []),
  ];
  return `import { ${names.join(", ")} } from ${stringLiteral(ctx.runtimeImport)};`;
}
