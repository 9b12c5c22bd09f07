/**
 * The declared response headers of an operation, as generated code carries them: one interface
 * (`…Headers`, the type of `.withResponse()`'s `headers`) and the table the runtime parses with
 * (`declaredHeaders({...})`). Emitted only for operations whose success responses declare headers,
 * so every other operation's output stays as it was.
 */
import { type InterfaceDeclarationStructure, StructureKind } from "ts-morph";
import type { OperationModel, ResponseHeaderModel } from "../model/api-model.js";
import type { HeaderEnum, HeaderSchema, HeaderTable, HeaderType } from "../../src/runtime/response-headers.js";
import { compareCodeUnits } from "../document/json.js";
import { docText, jsonLiteral, propertyKey } from "./escape.js";

/** Whether `.withResponse()` of this operation has headers to give: a success response declares some. */
export function declaresResponseHeaders(operation: OperationModel): boolean {
  return operation.success.some((response) => response.headers !== undefined);
}

/** The runtime's table: each success status that declares headers, with how each is parsed. */
export function headerTableLiteral(operation: OperationModel): string {
  // fromEntries, not assignment: a status or a name such as `__proto__` stays a key.
  const table: HeaderTable = Object.fromEntries(
    operation.success.flatMap((response) =>
      response.headers === undefined ? [] : [[response.status, Object.fromEntries(response.headers.map((header) => [header.name, header.schema]))]],
    ),
  );
  return jsonLiteral(table);
}

/**
 * One object for every success status, so a caller reads `headers["X-RateLimit-Remaining"]`
 * without narrowing first: each header any success status declares, typed as the union of its
 * declarations, required only where every success status declares it required (the spec's promise;
 * the runtime still gives `undefined` when a server breaks it, as it does not validate bodies).
 */
export function headersInterface(name: string, operation: OperationModel): InterfaceDeclarationStructure {
  const byName = new Map<string, ResponseHeaderModel[]>();
  for (const header of operation.success.flatMap((response) => response.headers ?? [])) {
    byName.set(header.name, [...(byName.get(header.name) ?? []), header]);
  }
  const requiredEverywhere = (headerName: string) =>
    operation.success.every((response) => response.headers?.some((header) => header.name === headerName && header.required) === true);
  const properties = [...byName.keys()].sort(compareCodeUnits).map((headerName) => {
    const declarations = byName.get(headerName) ?? [];
    const description = declarations.find((header) => header.description !== undefined)?.description;
    return {
      name: propertyKey(headerName),
      hasQuestionToken: !requiredEverywhere(headerName),
      type: [...new Set(declarations.map((header) => headerType(header.schema)))].join(" | "),
      docs: description === undefined ? undefined : [docText(description)],
    };
  });
  const route = `${operation.httpMethod} ${operation.path}`;
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: [docText(`Response headers of ${route}, parsed, as \`.withResponse()\` gives them in \`headers\`.`)],
    properties,
  };
}

/** The TypeScript type of a parsed header value. */
function headerType(schema: HeaderSchema): string {
  if (typeof schema === "object" && "items" in schema) {
    const item = valueType(schema.items);
    return /^\w+$/.test(item) ? `${item}[]` : `(${item})[]`;
  }
  return valueType(schema);
}

function valueType(schema: HeaderType | HeaderEnum): string {
  if (typeof schema === "object") return schema.enum.map(jsonLiteral).join(" | ");
  return schema === "integer" ? "number" : schema;
}
