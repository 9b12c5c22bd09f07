import { resolve } from "node:path";
import { emitClientStatements, type GeneratedFile } from "./emit-client.js";
import type { ClientConfig } from "./config.js";
import { formatSource } from "./format-source.js";
import { loadSpec } from "./load-spec.js";
import { normalizeSpec } from "./normalize-spec.js";
import { inProcessTypes, type TypesEmitter } from "./types-emitter.js";
import { validateSpec } from "./validate-spec.js";
import { GENERATED_NOCHECK, generatedHeader } from "../emit/header.js";

export interface GenerateContext {
  /** Folder that spec and output paths are relative to. */
  cwd: string;
  /** Module specifier the generated client imports the runtime from. */
  runtimeImport: string;
  /** Who runs openapi-typescript. @default inProcessTypes */
  types?: TypesEmitter;
}

/** load → validate → normalize → emit → format, all in memory: the files one client consists of. */
export async function generateClient(config: ClientConfig, ctx: GenerateContext): Promise<GeneratedFile[]> {
  const absolutePath = resolve(ctx.cwd, config.spec);
  // Started first: with a worker, the types are written while this thread does the rest.
  const types = (ctx.types ?? inProcessTypes).start(absolutePath);
  try {
    const spec = await loadSpec(absolutePath, ctx.cwd);
    const document = await validateSpec(spec, absolutePath);
    const model = normalizeSpec({ ...spec, document }, config);
    const header = generatedHeader(spec.file, spec.hash);
    // The large files skip consumers' type-checks; index.ts is two lines.
    const largeHeader = `${header}\n${GENERATED_NOCHECK}`;
    const client = formatSource(emitClientStatements(model, { header: largeHeader, runtimeImport: ctx.runtimeImport }));
    const index = formatSource([header, `export * from "./client.js";`, `export type { components, paths } from "./schema.js";`]);
    // Last: openapi-typescript may annotate the document it transforms.
    const schema = `${largeHeader}\n${await types.finish(document, document !== spec.document)}`;
    return [
      { path: "client.ts", content: client },
      { path: "index.ts", content: index },
      { path: "schema.ts", content: schema },
    ];
  } catch (error) {
    types.cancel();
    throw error;
  }
}
