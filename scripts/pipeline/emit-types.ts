import {
  type GlobalContext,
  type OpenAPI3,
  resolveRef,
  scanDiscriminators,
  type SchemaObject,
  transformPathsObject,
  transformSchema,
} from "openapi-typescript";
import ts from "typescript";
import { visibleText } from "../emit/escape.js";
import { usesReadWrite } from "../document/facts.js";
import { prepareTypesDocument } from "./prepare-types-document.js";
import { aliasRecursiveSchemas } from "./recursive-aliases.js";

/**
 * The body of `schema.ts` (its header is the caller's): the document's types, by
 * openapi-typescript's transform. readOnly / writeOnly properties get `$Read` / `$Write`
 * markers when the document has any (the client then uses Readable<> and Writable<>).
 *
 * `openapiTS()` would parse, lint and bundle the document again; our validate stage has done
 * all three (and bundled external files inside the spec's folder only), so the document goes
 * straight to the transform: on GitHub's 13 MB spec this halves the time of this stage.
 */
export function emitTypes(document: Record<string, unknown>, pathsPerChunk = PATHS_PER_CHUNK): string {
  const schema = prepareTypesDocument(document) as unknown as OpenAPI3;
  const ctx = typesContext(schema, usesReadWrite(document));
  const operations = collectOperationMembers(ctx.injectFooter);
  const printer = statementPrinter();
  // Paths first, as transformSchema takes them: the footer (operations, WithRequired) fills in the same order.
  const pathsText: string[] = [];
  const operationsText: string[] = [];
  for (const chunk of chunksOf(Object.entries(schema.paths ?? {}), pathsPerChunk)) {
    const literal = transformPathsObject(ownObject(chunk), ctx);
    if (!ts.isTypeLiteralNode(literal)) throw new Error("openapi-typescript changed what transformPathsObject returns");
    pathsText.push(printer.members("paths", literal.members));
    operationsText.push(printer.members("operations", operations.take()));
  }
  const rest = transformSchema({ ...schema, paths: {} }, ctx);
  operationsText.push(printer.members("operations", operations.take()));
  const ast = aliasRecursiveSchemas(rest);
  const text = ast.map((node) => {
    if (isEmptyRoot(node, "paths") && pathsText.some((part) => part !== "")) return `export interface paths {\n${pathsText.join("")}}\n`;
    if (operations.isInterface(node)) return `export interface operations {\n${operationsText.join("")}}\n`;
    return printer.statement(node);
  });
  return text.join("");
}

/**
 * Path items transformed and printed at a time. openapi-typescript's AST of a whole giant spec is
 * most of its memory (Graph v1.0: about 600 MB at its peak); printed a chunk at a time, only one
 * chunk's nodes are alive, and the text is the same (test/generator/types-emitter.test.ts).
 */
const PATHS_PER_CHUNK = 200;

function* chunksOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** An object of `entries`, each an own property (`__proto__` included), in their order. */
function ownObject(entries: readonly [string, unknown][]): Record<string, never> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object as Record<string, never>;
}

/** `export type paths = Record<string, never>`: what transformSchema writes for the empty `paths` it was given. */
function isEmptyRoot(node: ts.Node, name: string): boolean {
  return ts.isTypeAliasDeclaration(node) && node.name.text === name;
}

/**
 * Prints statements, and members of an interface a chunk at a time, as astToString would print
 * them in one file: the same printer options, each statement followed by a line feed. Every
 * text goes through visibleText: openapi-typescript escapes a comment's end in descriptions,
 * but writes bidirectional overrides, U+2028 and control characters raw, in comments and in
 * string literal types alike. In comments they are escaped before printing (the printer turns U+2028 into a line
 * feed), the rest after.
 */
function statementPrinter(): { statement(node: ts.Node): string; members(name: string, members: readonly ts.TypeElement[]): string } {
  const file = ts.createSourceFile("openapi-ts.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
  const statement = (node: ts.Node) => {
    visibleComments(node);
    return `${visibleText(printer.printNode(ts.EmitHint.Unspecified, node, file))}\n`;
  };
  return {
    statement,
    members(name, members) {
      if (members.length === 0) return "";
      const declaration = ts.factory.createInterfaceDeclaration(undefined, name, undefined, undefined, members);
      const text = statement(declaration);
      // `interface <name> {\n` … `}\n`: the members' lines, indented as in the whole interface.
      return text.slice(text.indexOf("\n") + 1, text.length - 2);
    },
  };
}

/**
 * openapi-typescript adds each operation to its `operations` interface by copying the members
 * so far into a new array (operation-object.mjs, injectOperationObject): quadratic in the
 * number of operations. On Graph v1.0 (11,422 operations) that was 3 s of a 9 s stage, and
 * hundreds of MB of garbage. The interface, when openapi-typescript pushes it into the footer,
 * is given a `members` that reads as empty and keeps each member appended in a list instead,
 * which `take` empties (the members are printed a chunk at a time).
 */
function collectOperationMembers(footer: ts.Node[]): { take(): ts.TypeElement[]; isInterface(node: ts.Node): boolean } {
  let members: ts.TypeElement[] = [];
  let collecting: ts.InterfaceDeclaration | undefined;
  const push = footer.push.bind(footer);
  footer.push = (...nodes: ts.Node[]) => {
    for (const node of nodes) {
      if (collecting !== undefined || !ts.isInterfaceDeclaration(node) || node.name.text !== "operations") continue;
      collecting = node;
      const none = ts.factory.createNodeArray<ts.TypeElement>([]);
      Object.defineProperty(node, "members", {
        get: () => none,
        set(appended: ts.NodeArray<ts.TypeElement>) {
          // openapi-typescript sets `[...members, next]`: with members read as empty, just `next`.
          if (appended.length !== 1) throw new Error("openapi-typescript changed how it builds `operations`");
          members.push(appended[0] as ts.TypeElement);
        },
      });
    }
    return push(...nodes);
  };
  return {
    take() {
      const taken = members;
      members = [];
      return taken;
    },
    isInterface: (node) => node === collecting,
  };
}

/** Rewrites the JSDoc openapi-typescript attached to `node` and its children with visibleText. */
function visibleComments(node: ts.Node): void {
  const comments = ts.getSyntheticLeadingComments(node);
  if (comments !== undefined)
    ts.setSyntheticLeadingComments(
      node,
      comments.map((comment) => ({ ...comment, text: visibleText(comment.text) })),
    );
  ts.forEachChild(node, visibleComments);
}

/** openapiTS()'s defaults, with the options we choose spelled out. */
function typesContext(schema: OpenAPI3, readWriteMarkers: boolean): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, { silent: true }),
    // A schema `type: object` with no properties (Aitronos `details`) holds anything, not nothing.
    emptyObjectsUnknown: true,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only read by openapiTS()'s own lint and bundle, which we skip.
    redoc: undefined as unknown as GlobalContext["redoc"],
    silent: true,
    inject: undefined,
    transform: binaryAsBlob,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
  };
}

/**
 * `format: binary` is file content: uploads take a `Blob` (a `File` is one), downloads give one.
 * openapi-typescript would type it `string`.
 */
function binaryAsBlob(schemaObject: SchemaObject): ts.TypeNode | undefined {
  const type = (schemaObject as { type?: unknown }).type;
  const isString = type === "string" || (Array.isArray(type) && type.includes("string"));
  if (!isString || (schemaObject as { format?: unknown }).format !== "binary") return undefined;
  const blob = ts.factory.createTypeReferenceNode("Blob");
  const nullable = (Array.isArray(type) && type.includes("null")) || (schemaObject as { nullable?: unknown }).nullable === true;
  return nullable ? ts.factory.createUnionTypeNode([blob, ts.factory.createLiteralTypeNode(ts.factory.createNull())]) : blob;
}
