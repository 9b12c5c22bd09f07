import { astToString, type GlobalContext, type OpenAPI3, resolveRef, scanDiscriminators, type SchemaObject, transformSchema } from "openapi-typescript";
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
export function emitTypes(document: Record<string, unknown>): string {
  const schema = prepareTypesDocument(document) as unknown as OpenAPI3;
  const ctx = typesContext(schema, usesReadWrite(document));
  const operations = collectOperationMembers(ctx.injectFooter);
  const ast = aliasRecursiveSchemas(operations.finish(transformSchema(schema, ctx)));
  // openapi-typescript writes `*/` in descriptions as `*\/`, but bidirectional overrides, U+2028
  // and control characters raw, in comments and in string literal types alike. In comments they
  // are escaped before printing (the printer turns U+2028 into a line feed), the rest after.
  for (const node of ast) visibleComments(node);
  return visibleText(astToString(ast));
}

/**
 * openapi-typescript adds each operation to its `operations` interface by copying the members
 * so far into a new array (operation-object.mjs, injectOperationObject): quadratic in the
 * number of operations. On Graph v1.0 (11,422 operations) that was 3 s of a 9 s stage, and
 * hundreds of MB of garbage. The interface, when openapi-typescript pushes it into the footer,
 * is given a `members` that reads as empty and keeps each member appended in one list instead;
 * `finish` puts back an interface with that list, so the output is the same, byte for byte.
 */
function collectOperationMembers(footer: ts.Node[]): { finish(ast: ts.Node[]): ts.Node[] } {
  const members: ts.TypeElement[] = [];
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
    finish(ast) {
      if (collecting === undefined) return ast;
      const original = collecting;
      const whole = ts.factory.createInterfaceDeclaration(original.modifiers, original.name, undefined, undefined, members);
      return ast.map((node) => (node === original ? whole : node));
    },
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
