/**
 * Type-checks the TypeScript in our Markdown the way a user's compiler would see it: every
 * ```ts block is its own ES module importing the package by its name (`api-clients`,
 * `api-clients/modbox`, …), mapped to src/ by `paths`, under the project's strict options.
 * All blocks go into one TypeScript program, so the library is checked once, not per block.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");

/** The comment that, on the line just before a fence, leaves the block out of the check. */
export const NOT_CHECKED = "<!-- not-checked -->";

const TS_LANGUAGES = new Set(["ts", "typescript"]);

/** One fenced TypeScript block of a Markdown file. */
export interface CodeBlock {
  /** The Markdown file as it is named in messages, e.g. `docs/getting-started.md`. */
  file: string;
  /** 1-based line of the opening fence; the code starts on the next line. */
  fenceLine: number;
  code: string;
  /** Whether the line before the fence is `<!-- not-checked -->`. */
  notChecked: boolean;
}

/** Every ```ts / ```typescript block (or of the `languages` given) of `markdown`, in order, with its fence line. */
export function extractCodeBlocks(markdown: string, file: string, languages: ReadonlySet<string> = TS_LANGUAGES): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  let open: { fence: string; indent: number; language: string; line: number; body: string[] } | undefined;
  lines.forEach((line, index) => {
    if (open === undefined) {
      // CommonMark: up to 3 spaces of indentation, 3+ backticks or tildes, then the info string.
      const start = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
      if (start) open = { fence: start[2] ?? "", indent: start[1]?.length ?? 0, language: (start[3] ?? "").toLowerCase(), line: index + 1, body: [] };
      return;
    }
    const closing = new RegExp(`^ {0,3}${open.fence[0] === "`" ? "`" : "~"}{${open.fence.length},}\\s*$`);
    if (!closing.test(line)) {
      open.body.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
      return;
    }
    if (languages.has(open.language)) {
      const previous = lines[open.line - 2]?.trim();
      blocks.push({ file, fenceLine: open.line, code: open.body.join("\n"), notChecked: previous === NOT_CHECKED });
    }
    open = undefined;
  });
  return blocks;
}

/** The blocks of each Markdown file, read from disk; `files` are relative to the repository. */
export async function readCodeBlocks(files: readonly string[]): Promise<CodeBlock[]> {
  const perFile = await Promise.all(files.map(async (file) => extractCodeBlocks(await readFile(join(ROOT, file), "utf8"), file)));
  return perFile.flat();
}

/**
 * The package's public entry points as `paths`, read from package.json's `exports`
 * (`./dist/src/modbox.js` → `src/modbox.ts`), so that a new entry point is checked too.
 */
export async function packagePaths(): Promise<Record<string, string[]>> {
  const manifest = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as {
    name: string;
    exports: Record<string, string | { import?: string }>;
  };
  const paths: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const built = typeof target === "string" ? target : target.import;
    if (built === undefined || !built.endsWith(".js")) continue;
    const source = built.replace(/^\.\/dist\//, "").replace(/\.js$/, ".ts");
    paths[subpath === "." ? manifest.name : `${manifest.name}${subpath.slice(1)}`] = [join(ROOT, source)];
  }
  return paths;
}

/** A source module for the checker: a code block, or a file on disk such as an example. */
export type CheckedModule = { block: CodeBlock } | { path: string };

/**
 * Type-checks every module in one program and returns one line per error, each naming where
 * it is: `docs/x.md:12:7 TS2345: …` for a block (the Markdown line, not the module's),
 * `examples/x.ts:3:1 TS…: …` for a file.
 */
export async function typeCheck(modules: readonly CheckedModule[]): Promise<string[]> {
  // Outside the repository, so no tsconfig "include" or stray file of ours is picked up; the
  // package.json makes each block an ES module, as in a project with "type": "module".
  const scratch = await mkdtemp(join(tmpdir(), "doc-blocks-"));
  try {
    await writeFile(join(scratch, "package.json"), '{ "type": "module" }\n');
    const blockByPath = new Map<string, CodeBlock>();
    const roots: string[] = [];
    for (const [index, module] of modules.entries()) {
      if ("path" in module) {
        roots.push(resolve(ROOT, module.path));
        continue;
      }
      const path = join(scratch, `block-${index}.ts`);
      await writeFile(path, module.block.code);
      blockByPath.set(path, module.block);
      roots.push(path);
    }
    const program = ts.createProgram(roots, await compilerOptions());
    const diagnostics = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...roots.flatMap((root) => {
        const source = program.getSourceFile(root);
        return source === undefined ? [] : [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      }),
    ];
    return diagnostics.map((diagnostic) => describe(diagnostic, blockByPath));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** The project's own compiler options (strict, NodeNext, …), plus what a consumer's module needs. */
async function compilerOptions(): Promise<ts.CompilerOptions> {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, "\n"));
  const { options, errors } = ts.convertCompilerOptionsFromJson(config.config.compilerOptions, ROOT);
  if (errors.length > 0) throw new Error(errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, "\n")).join("\n"));
  return {
    ...options,
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    // A block without import or export is still a module: top-level await works, names do not leak between blocks.
    moduleDetection: ts.ModuleDetectionKind.Force,
    paths: await packagePaths(),
    typeRoots: [join(ROOT, "node_modules/@types")],
  };
}

function describe(diagnostic: ts.Diagnostic, blockByPath: ReadonlyMap<string, CodeBlock>): string {
  const message = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
  const file = diagnostic.file;
  if (file === undefined || diagnostic.start === undefined) return message;
  const { line, character } = file.getLineAndCharacterOfPosition(diagnostic.start);
  const block = blockByPath.get(resolve(file.fileName));
  if (block !== undefined) return `${block.file}:${block.fenceLine + line + 1}:${character + 1} ${message}`;
  return `${relative(ROOT, file.fileName)}:${line + 1}:${character + 1} ${message}`;
}
