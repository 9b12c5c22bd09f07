import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { createConfig } from "@redocly/openapi-core";
import type { LoadedSpec } from "./load-spec.js";

/**
 * `schema.ts`: the document's types, by openapi-typescript. The spec was validated by our own
 * stage; openapi-typescript gets a config with no lint rules so that it does not check it again.
 */
export async function emitTypes(spec: LoadedSpec, header: string): Promise<string> {
  const redocly = await createConfig({ rules: {} }, { extends: [] });
  // validateSpec has checked that the document is OpenAPI 3.x. openapi-typescript bundles the
  // object it is given in place, so it gets its own copy.
  const document = structuredClone(spec.document) as unknown as OpenAPI3;
  // emptyObjectsUnknown: a schema `type: object` with no properties (Aitronos `details`) holds
  // anything, not nothing.
  const ast = await openapiTS(document, { redocly, silent: true, emptyObjectsUnknown: true });
  return `${header}\n${astToString(ast)}`;
}
