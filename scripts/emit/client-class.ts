/** The classes of client.ts: one per resource, the client with its options, and the definition the runtime reads. */
import { type ClassDeclarationStructure, type InterfaceDeclarationStructure, type StatementStructures, StructureKind, VariableDeclarationKind } from "ts-morph";
import type { ApiModel, AuthModel, OperationModel, ResourceModel } from "../model/api-model.js";
import { docText, jsonLiteral } from "./escape.js";
import { operationMethod } from "./operation-method.js";
import type { OperationTypeNames } from "./operation-types.js";

export function resourceClass(resource: ResourceModel, operations: { operation: OperationModel; types: OperationTypeNames }[]): ClassDeclarationStructure {
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

export function definitionConstant(model: ApiModel): StatementStructures {
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

export function optionsInterface(model: ApiModel): InterfaceDeclarationStructure {
  const envDefault = (option: string) => (Object.hasOwn(model.env, option) && model.env[option] ? ` @default process.env.${model.env[option]}` : "");
  return {
    kind: StructureKind.Interface,
    name: `${model.clientName}Options`,
    isExported: true,
    extends: ["ClientOptions"],
    docs: [docText(`Options of the ${model.clientName} client (${model.title}).`)],
    properties: model.auth.flatMap((scheme) =>
      credentialOptions(scheme).map(([name, doc]) => ({ name, type: "Credential", hasQuestionToken: true, docs: [docText(`${doc}${envDefault(name)}`)] })),
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

export function clientClass(model: ApiModel, rootOperations: { operation: OperationModel; types: OperationTypeNames }[]): ClassDeclarationStructure {
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
