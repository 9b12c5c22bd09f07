import { resolve } from "node:path";
import { emitClientStatements, type GeneratedFile } from "./emit-client.js";
import { emitTypes } from "./emit-types.js";
import type { ClientConfig } from "./config.js";
import { formatSource } from "./format-source.js";
import { loadSpec } from "./load-spec.js";
import { normalizeSpec } from "./normalize-spec.js";
import { validateSpec } from "./validate-spec.js";
import { GENERATED_NOCHECK, generatedHeader } from "../emit/header.js";

export interface GenerateContext {
  /** Folder that spec and output paths are relative to. */
  cwd: string;
  /** Module specifier the generated client imports the runtime from. */
  runtimeImport: string;
}

/** load → validate → normalize → emit → format, all in memory: the files one client consists of. */
export async function generateClient(config: ClientConfig, ctx: GenerateContext): Promise<GeneratedFile[]> {
  const absolutePath = resolve(ctx.cwd, config.spec);
  const spec = await loadSpec(absolutePath, ctx.cwd);
  const document = await validateSpec(spec, absolutePath);
  const model = normalizeSpec({ ...spec, document }, config);
  const header = generatedHeader(spec.file, spec.hash);
  // The large files skip consumers' type-checks; index.ts is two lines.
  const largeHeader = `${header}\n${GENERATED_NOCHECK}`;
  const statements = emitClientStatements(model, { header: largeHeader, runtimeImport: ctx.runtimeImport });
  return [
    { path: "client.ts", content: formatSource(statements) },
    { path: "index.ts", content: formatSource([header, `export * from "./client.js";`, `export type { components, paths } from "./schema.js";`]) },
    // Last: openapi-typescript may annotate the document it transforms.
    { path: "schema.ts", content: emitTypes(document, largeHeader, { readWriteMarkers: model.usesReadWrite }) },
  ];
}
