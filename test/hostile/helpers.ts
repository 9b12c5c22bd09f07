// Shared by the hostile-spec tests: generate a client into a temporary folder (never into
// generated/), check it strictly, load it, and read its code the way TypeScript does.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll } from "vitest";
import type { GeneratedFile } from "../../scripts/emit/client.js";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import { writeOutput } from "../../scripts/pipeline/write-output.js";
import { typecheck } from "../../scripts/typecheck.js";
import { REPO_ROOT } from "../helpers/cli.js";

export { REPO_ROOT };

export const HOSTILE_FIXTURES = join(REPO_ROOT, "test/fixtures/hostile");

/** A fresh folder under the OS temp dir, removed after the test file. */
export function useTempDirs(): (prefix: string) => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  return async (prefix) => {
    const dir = await mkdtemp(join(tmpdir(), `hostile-${prefix}-`));
    made.push(dir);
    return dir;
  };
}

export interface Generated {
  dir: string;
  files: GeneratedFile[];
  ms: number;
}

/**
 * Generates `spec` (an absolute path) as the CLI does (generateClient, then the atomic
 * writeOutput) into `dir`, importing this repository's runtime by relative path.
 */
export async function generateInto(spec: string, dir: string, name: string): Promise<Generated> {
  const runtime = relative(dir, join(REPO_ROOT, "src/runtime/index.js")).split(sep).join("/");
  const started = performance.now();
  const { files } = await generateClient({ name, spec, output: dir }, { cwd: REPO_ROOT, runtimeImport: runtime });
  await writeOutput(dir, files);
  return { dir, files, ms: Math.round(performance.now() - started) };
}

/** Relative paths of every file below `dir`. */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

/**
 * Diagnostics of a strict check (test/realworld/tsconfig.strict.json) of the given generated
 * index.ts files and what they import; scripts/typecheck.ts blanks the generated `@ts-nocheck`.
 */
export function strictDiagnostics(files: string[]): string {
  return typecheck(join(REPO_ROOT, "test/realworld/tsconfig.strict.json"), files);
}

export async function importModule(path: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
}

/** A generated method, called with whatever the test passes. */
export type Method = (...args: unknown[]) => Promise<unknown>;

/** A generated client as the tests see it: methods, and resources of methods, by name. */
export type LoadedClient = Record<string, Method & Record<string, Method>>;

/** Constructs the client class `name` exported by the generated index.ts in `dir`. */
export async function loadClient(dir: string, name: string, options: Record<string, unknown>): Promise<LoadedClient> {
  const Client = (await importModule(join(dir, "index.ts")))[name];
  if (typeof Client !== "function") throw new Error(`${dir}/index.ts exports no class ${name}`);
  return new (Client as new (options: Record<string, unknown>) => LoadedClient)(options);
}

function parse(fileName: string, source: string): ts.SourceFile {
  return ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

/** Syntax errors TypeScript finds in `source`. */
export function syntaxErrors(fileName: string, source: string): string[] {
  const file = parse(fileName, source) as ts.SourceFile & { parseDiagnostics?: ts.Diagnostic[] };
  return (file.parseDiagnostics ?? []).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
}

/** Every identifier of the code (not of its comments or strings) named one of `names`, with its line. */
export function identifiersNamed(fileName: string, source: string, names: readonly string[]): string[] {
  const file = parse(fileName, source);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && names.includes(node.text)) {
      found.push(`${node.text} at line ${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Top-level statements that could run code when the module is imported. Allowed: imports that
 * name what they import, `export … from`, interfaces, type aliases, `const` of a literal
 * (objects and arrays of strings, numbers, booleans, null), and classes with nothing that runs
 * at definition: no decorators, static blocks or static initializers, no computed member
 * names, `extends` an imported name.
 */
export function codeRunOnImport(fileName: string, source: string): string[] {
  const file = parse(fileName, source);
  const problems: string[] = [];
  const at = (node: ts.Node, what: string) => problems.push(`line ${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`);
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause === undefined) at(statement, "a bare import, run for its effects");
    } else if (ts.isExportDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
      // declarations only
    } else if (ts.isVariableStatement(statement)) {
      if (!(statement.declarationList.flags & ts.NodeFlags.Const)) at(statement, "a variable that is not const");
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer !== undefined && !isLiteral(declaration.initializer)) at(declaration, "a const whose value is computed");
      }
    } else if (ts.isClassDeclaration(statement)) {
      problems.push(...classProblems(statement).map((problem) => `line ${file.getLineAndCharacterOfPosition(statement.getStart()).line + 1}: ${problem}`));
    } else {
      at(statement, `a ${ts.SyntaxKind[statement.kind]}`);
    }
  }
  return problems;
}

function classProblems(node: ts.ClassDeclaration): string[] {
  const problems: string[] = [];
  if (ts.getDecorators(node)?.length) problems.push("a decorated class");
  for (const clause of node.heritageClauses ?? []) {
    for (const type of clause.types) if (!ts.isIdentifier(type.expression)) problems.push("a class extending a computed value");
  }
  for (const member of node.members) {
    if (ts.isClassStaticBlockDeclaration(member)) problems.push("a static block");
    if (ts.canHaveDecorators(member) && ts.getDecorators(member)?.length) problems.push("a decorated member");
    if (member.name !== undefined && ts.isComputedPropertyName(member.name)) problems.push("a computed member name");
    const isStatic = ts.canHaveModifiers(member) && ts.getModifiers(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
    if (isStatic && ts.isPropertyDeclaration(member) && member.initializer !== undefined) problems.push("a static property initializer");
  }
  return problems;
}

function isLiteral(node: ts.Expression): boolean {
  if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) return ts.isNumericLiteral(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isLiteral);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((property) => {
      if (!ts.isPropertyAssignment(property)) return false;
      const name = property.name;
      const plainName = ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNumericLiteral(name);
      const literalKey = ts.isComputedPropertyName(name) && ts.isStringLiteral(name.expression);
      return (plainName || literalKey) && isLiteral(property.initializer);
    });
  }
  return false;
}

/**
 * Characters that must never reach generated code raw: they end lines for some tools and not
 * others (U+2028, U+2029), reorder what is shown (bidi controls, CVE-2021-42574), or hide
 * (zero-width, BOM, control characters other than tab and line feed).
 */
export const INVISIBLE_OR_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F\u0085\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;

/** Each raw invisible or control character of `text`, as `U+XXXX at line N`. */
export function invisibleCharacters(text: string): string[] {
  const found: string[] = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    for (const character of line) {
      if (INVISIBLE_OR_CONTROL.test(character))
        found.push(`U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")} at line ${index + 1}`);
    }
  });
  return found;
}
