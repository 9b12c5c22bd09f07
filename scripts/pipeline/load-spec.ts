import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, sep } from "node:path";
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { fromPointer, SpecError, type SpecIssue } from "./spec-error.js";

/** A spec file read and parsed, with a way back from a JSON pointer to its line. */
export interface LoadedSpec {
  /** Path as shown to users: relative to the working directory, with `/`. */
  file: string;
  /** sha256 of the file's bytes, hex: named in every generated file's header. */
  hash: string;
  /** The parsed document, as plain JSON values. */
  document: Record<string, unknown>;
  /** 1-based line where the node at `pointer` starts (or its nearest located ancestor). */
  lineOf(pointer: string): number | undefined;
  /** 1-based line and column where the node at `pointer` starts (or its nearest located ancestor). */
  positionOf(pointer: string): SourcePosition | undefined;
}

/** A place in a spec file, 1-based, as editors show it. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** The only stage that reads the spec from disk. */
export async function loadSpec(path: string, cwd: string = process.cwd()): Promise<LoadedSpec> {
  const fromCwd = relative(cwd, path);
  const file = fromCwd === "" || fromCwd.startsWith("..") || isAbsolute(fromCwd) ? path : fromCwd.split(sep).join("/");
  const bytes = await readFile(path);
  return parseSpec(bytes, file);
}

/** Parses spec bytes (YAML or JSON) with line tracking; bad input is a SpecError. */
export function parseSpec(bytes: Uint8Array, file: string): LoadedSpec {
  const hash = createHash("sha256").update(bytes).digest("hex");
  const text = decodeUtf8(bytes, file);
  const { document, positionOf } = looksLikeJson(text) ? parseJson(text, file) : parseYaml(text, file);
  if (!isRecord(document)) {
    throw new SpecError([{ file, line: 1, column: 1, pointer: "#", message: "expected an OpenAPI document (a mapping at the top level)" }]);
  }
  return { file, hash, document, positionOf, lineOf: (pointer) => positionOf(pointer)?.line };
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SpecError([{ file, pointer: "#", message: "the file is not valid UTF-8" }]);
  }
}

function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/** JSON is parsed natively (fast on large specs); lines are found by a YAML parse only when asked. */
function parseJson(text: string, file: string) {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // JSON is YAML: the YAML parser reports where the syntax error is.
    return parseYaml(text, file);
  }
  let located: ((pointer: string) => SourcePosition | undefined) | undefined;
  const positionOf = (pointer: string) => {
    located ??= parseYaml(text, file).positionOf;
    return located(pointer);
  };
  return { document, positionOf };
}

function parseYaml(text: string, file: string) {
  const lineCounter = new LineCounter();
  const yamlDocument = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const issues: SpecIssue[] = yamlDocument.errors.map((error) => ({
    file,
    ...positionAt(lineCounter, error.pos[0]),
    pointer: "#",
    message: `invalid YAML: ${error.message.split("\n")[0]}`,
  }));
  if (issues.length > 0) throw new SpecError(issues);
  let document: unknown;
  try {
    // Bounded alias expansion: a "billion laughs" document fails here instead of exhausting memory.
    document = yamlDocument.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new SpecError([{ file, pointer: "#", message: `invalid YAML: ${(error as Error).message}` }]);
  }
  const positionOf = (pointer: string) => {
    const offset = offsetOf(yamlDocument, fromPointer(pointer));
    return offset === undefined ? undefined : positionAt(lineCounter, offset);
  };
  return { document, positionOf };
}

function positionAt(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** Start offset of the deepest node on the pointer's path. */
function offsetOf(yamlDocument: Document, segments: readonly string[]): number | undefined {
  let node: unknown = yamlDocument.contents;
  let offset = rangeStart(node);
  for (const segment of segments) {
    const next = childOf(node, segment);
    if (next === undefined) break;
    node = next.node;
    offset = next.offset ?? offset;
  }
  return offset;
}

function childOf(node: unknown, segment: string): { node: unknown; offset: number | undefined } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
    if (!pair) return undefined;
    return { node: pair.value, offset: rangeStart(pair.key) };
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    return item === undefined ? undefined : { node: item, offset: rangeStart(item) };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
