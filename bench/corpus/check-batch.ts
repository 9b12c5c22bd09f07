// Strict type-check of many generated clients in one TypeScript program, each mapped back to its
// document. The files are never written: a compiler host serves them from memory at the paths
// they would have (so relative imports, the runtime in src/ and package.json scopes resolve as on
// disk), and keeps the parsed lib and runtime files from one batch to the next.
import { dirname, join, resolve } from "node:path";
import ts from "typescript";
import { GENERATED_NOCHECK_LINE } from "../../scripts/emit/header.js";
import { REPO } from "../lib/env.js";
import type { SourceFile } from "./generate-adapter.js";

/** One client of a batch: its files, relative to `dir`. */
export interface BatchEntry {
  key: string;
  dir: string;
  files: SourceFile[];
}

/** Per entry key, its diagnostics formatted as `schema.ts:12:3 TS2502 message`; `[]` when clean. */
export type BatchDiagnostics = Record<string, string[]>;

/** The repository's compiler options (tsconfig.json: strict, noUncheckedIndexedAccess, …), read once. */
let options: ts.CompilerOptions | undefined;
/** Parsed files from disk (lib.*.d.ts, @types/node, src/runtime), shared by every batch. */
const diskFiles = new Map<string, ts.SourceFile>();

export function checkBatch(entries: readonly BatchEntry[]): BatchDiagnostics {
  const compilerOptions = repositoryOptions();
  const virtual = new Map<string, { key: string; text: string }>();
  for (const entry of entries)
    for (const file of entry.files) {
      // Blanked, not removed: same length and lines, so positions stay true (scripts/typecheck.ts does the same).
      const text = file.content.replace(GENERATED_NOCHECK_LINE, (line) => " ".repeat(line.length));
      virtual.set(resolve(entry.dir, file.path), { key: entry.key, text });
    }
  const host = memoryHost(compilerOptions, virtual);
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options: compilerOptions, host });
  const found: BatchDiagnostics = Object.fromEntries(entries.map((entry) => [entry.key, []]));
  for (const diagnostic of program.getGlobalDiagnostics()) for (const key of Object.keys(found)) found[key]?.push(`(global) ${describe(diagnostic)}`);
  for (const [fileName, { key }] of virtual) {
    const sourceFile = program.getSourceFile(fileName);
    if (sourceFile === undefined) continue;
    const diagnostics = [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
    for (const diagnostic of diagnostics) found[key]?.push(`${fileName.slice(dirname(fileName).length + 1)}${where(diagnostic)} ${describe(diagnostic)}`);
  }
  return found;
}

function repositoryOptions(): ts.CompilerOptions {
  if (options !== undefined) return options;
  const config = ts.getParsedCommandLineOfConfigFile(
    join(REPO, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (config === undefined) throw new Error("cannot read tsconfig.json");
  options = { ...config.options, noEmit: true };
  return options;
}

function memoryHost(compilerOptions: ts.CompilerOptions, virtual: Map<string, { text: string }>): ts.CompilerHost {
  const host = ts.createCompilerHost(compilerOptions);
  const virtualDirs = new Set<string>();
  for (const fileName of virtual.keys())
    for (let dir = dirname(fileName); !virtualDirs.has(dir) && dir !== dirname(dir); dir = dirname(dir)) virtualDirs.add(dir);
  const { getSourceFile, fileExists, readFile, directoryExists } = host;
  host.fileExists = (fileName) => virtual.has(fileName) || fileExists.call(host, fileName);
  host.readFile = (fileName) => virtual.get(fileName)?.text ?? readFile.call(host, fileName);
  host.directoryExists = (dir) => virtualDirs.has(resolve(dir)) || (directoryExists?.call(host, dir) ?? true);
  host.getSourceFile = (fileName, languageVersion, onError) => {
    const memory = virtual.get(fileName);
    if (memory !== undefined) return ts.createSourceFile(fileName, memory.text, languageVersion);
    const cached = diskFiles.get(fileName);
    if (cached !== undefined) return cached;
    const parsed = getSourceFile.call(host, fileName, languageVersion, onError);
    if (parsed !== undefined) diskFiles.set(fileName, parsed);
    return parsed;
  };
  return host;
}

function where(diagnostic: ts.Diagnostic): string {
  if (diagnostic.file === undefined || diagnostic.start === undefined) return "";
  const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
  return `:${line + 1}:${character + 1}`;
}

function describe(diagnostic: ts.Diagnostic): string {
  return `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
}
