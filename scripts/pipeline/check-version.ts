import type { LoadedSpec } from "./load-spec.js";
import type { SpecIssue } from "./spec-error.js";

/**
 * OpenAPI 3.0.x, 3.1.x or 3.2.x, or the one issue that says what the document is instead. The
 * refusal still names 3.0 and 3.1 only: its text is matched by the tests of other tools (a
 * contract), and 3.2 is read as 3.1 plus the keywords the generator knows (`itemSchema`).
 */
export function checkVersion(spec: LoadedSpec): SpecIssue | undefined {
  const { openapi, swagger } = spec.document;
  const at = (pointer: string, message: string): SpecIssue => ({ file: spec.file, ...spec.positionOf(pointer), pointer, message });
  if (swagger !== undefined) return at("#/swagger", `Swagger ${String(swagger)} is not supported: convert it to OpenAPI 3.0 or 3.1`);
  if (openapi === undefined) return at("#", "not an OpenAPI document: the `openapi` field is missing");
  if (typeof openapi !== "string" || !/^3\.[012]\.\d+$/.test(openapi)) {
    return at("#/openapi", `unsupported OpenAPI version ${JSON.stringify(openapi)}: expected 3.0.x or 3.1.x`);
  }
  return undefined;
}
