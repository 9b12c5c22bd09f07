import { resolve } from "node:path";
import { hasExternalRefs } from "../document/facts.js";
import { emitClientStatements, type GeneratedFile } from "../emit/client.js";
import { GENERATED_NOCHECK, generatedHeader } from "../emit/header.js";
import { type ApiModel, modelOperations } from "../model/api-model.js";
import type { ClientConfig } from "./config.js";
import { formatSource } from "./format-source.js";
import { loadSpec } from "./load-spec.js";
import { normalizeSpec } from "./normalize-spec.js";
import { splitPathQueries } from "./split-path-queries.js";
import type { SpecIssue } from "./spec-error.js";
import { inProcessTypes, type TypesEmitter } from "./types-emitter.js";
import { validateSpec } from "./validate-spec.js";

/** Where a run is, for whoever shows progress: the pipeline says it, the CLI decides how it looks. */
export type GenerateProgress = { stage: "validating" } | { stage: "emitting-types"; operations: number };

export interface GenerateContext {
  /** Folder that spec and output paths are relative to. */
  cwd: string;
  /** Module specifier the generated client imports the runtime from. */
  runtimeImport: string;
  /** Who runs openapi-typescript. @default inProcessTypes */
  types?: TypesEmitter;
  /** Told as each stage starts. @default none */
  onProgress?: (progress: GenerateProgress) => void;
}

/** A client's files, and the model they were emitted from (its operations, resources, names). */
export interface GeneratedClient {
  files: GeneratedFile[];
  model: ApiModel;
  /** Problems that did not stop generation (validation's, then the model's), located in the spec as errors are, each saying what was done instead (tolerance.ts). */
  warnings: SpecIssue[];
}

/** load → validate → normalize → emit → format, all in memory: the files one client consists of, the model they came from, and the warnings. */
export async function generateClient(config: ClientConfig, ctx: GenerateContext): Promise<GeneratedClient> {
  const absolutePath = resolve(ctx.cwd, config.spec);
  const emitter = ctx.types ?? inProcessTypes;
  ctx.onProgress?.({ stage: "validating" });
  const loaded = await loadSpec(absolutePath, ctx.cwd);
  const split = splitPathQueries(loaded.document);
  const spec = split.document === loaded.document ? loaded : { ...loaded, document: split.document };
  // Started as soon as the document is whole (a spec of several files: once bundled), so that a
  // worker writes the types while this thread validates and emits the client.
  let types = hasExternalRefs(spec.document) ? undefined : emitter.start(spec.document);
  try {
    const { document, warnings: specWarnings } = await validateSpec(spec, absolutePath);
    // Validation hands on another document when it resolved or took something out: the types must be read from that one.
    if (types !== undefined && document !== spec.document) {
      types.cancel();
      types = undefined;
    }
    types ??= emitter.start(document);
    const model = normalizeSpec({ document }, config);
    ctx.onProgress?.({ stage: "emitting-types", operations: modelOperations(model).length });
    const header = generatedHeader(spec.file, spec.hash);
    // The large files skip consumers' type-checks; index.ts is two lines.
    const largeHeader = `${header}\n${GENERATED_NOCHECK}`;
    const client = formatSource(emitClientStatements(model, { header: largeHeader, runtimeImport: ctx.runtimeImport }));
    const index = formatSource([header, `export * from "./client.js";`, `export type { components, paths } from "./schema.js";`]);
    const schema = `${largeHeader}\n${await types.result()}`;
    const files = [
      { path: "client.ts", content: client },
      { path: "index.ts", content: index },
      { path: "schema.ts", content: schema },
    ];
    const located = [...split.warnings, ...(model.warnings ?? [])].map(
      (warning): SpecIssue => ({ file: spec.file, ...spec.positionOf(warning.pointer), ...warning }),
    );
    const warnings = [...specWarnings, ...located];
    return { files, model, warnings };
  } catch (error) {
    types?.cancel();
    throw error;
  }
}
