import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, sep } from "node:path";
import { type Document, isCollection, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { jsonLocator, scanJson } from "./scan-json.js";
import { fromPointer, toPointer } from "../document/pointer.js";
import { SpecError, type SpecIssue } from "./spec-error.js";
import { nonJsonNodes } from "./yaml-beyond-json.js";

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
  const { document, ...parsed } = parseReferencedFile(bytes, file);
  if (!isRecord(document)) {
    throw new SpecError([{ file, line: 1, column: 1, pointer: "#", message: "expected an OpenAPI document (a mapping at the top level)" }]);
  }
  return { document, ...parsed };
}

/** As parseSpec, by the same rules, for a file a spec `$ref`s: it may hold any JSON value (a schema, a list). */
export function parseReferencedFile(bytes: Uint8Array, file: string): Omit<LoadedSpec, "document"> & { document: unknown } {
  const hash = createHash("sha256").update(bytes).digest("hex");
  const text = decodeUtf8(bytes, file);
  const { document, positionOf } = looksLikeJson(text) ? parseJson(text, file) : parseYaml(text, file);
  const position = safePositionOf(positionOf);
  return { file, hash, document, positionOf: position, lineOf: (pointer) => position(pointer)?.line };
}

/**
 * Pointers here are RFC 6901 with percent-decoding (as `$ref`s are), but names built with
 * toPointer are not encoded: a key `50%` would not decode. Such a pointer is then read as written.
 */
function safePositionOf(positionOf: (segments: string[]) => SourcePosition | undefined): (pointer: string) => SourcePosition | undefined {
  return (pointer) => {
    let segments: string[];
    try {
      segments = fromPointer(pointer);
    } catch {
      segments = fromPointer(pointer.replaceAll("%", "%25"));
    }
    return positionOf(segments);
  };
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new SpecError([{ file, ...invalidUtf8Position(bytes), pointer: "#", message: "the file is not valid UTF-8" }]);
  }
}

/** Where the first byte that is not UTF-8 is: the first U+FFFD of a lenient decode that the file does not spell out. */
function invalidUtf8Position(bytes: Uint8Array): SourcePosition {
  // The BOM is kept, so that the decoded text and the bytes stay aligned.
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const encoder = new TextEncoder();
  for (let index = text.indexOf("\uFFFD"); index >= 0; index = text.indexOf("\uFFFD", index + 1)) {
    // Everything before `index` decoded as written, so it re-encodes to the same bytes.
    const offset = encoder.encode(text.slice(0, index)).length;
    const written = bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd;
    if (!written) return positionInText(text, index);
  }
  return { line: 1, column: 1 };
}

/** 1-based line and column of `offset` in `text` (clamped to its end). */
function positionInText(text: string, offset: number): SourcePosition {
  return positionIn(lineStartsOf(text), Math.min(offset, text.length));
}

/** The offset where each line starts. */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) starts.push(at + 1);
  return starts;
}

/** 1-based line and column of `offset`, by binary search in the line starts. */
function positionIn(lineStarts: readonly number[], offset: number): SourcePosition {
  let [low, high] = [0, lineStarts.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (lineStarts[low] as number) + 1 };
}

function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

/** JSON is parsed natively (fast on large specs); a place's line is found in the text when asked (scan-json.ts). */
function parseJson(text: string, file: string) {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // JSON is YAML: the YAML parser reports where the syntax error is.
    return parseYaml(text, file);
  }
  const { duplicates, tooDeep } = scanJson(text, MAX_DEPTH);
  const issues = [
    ...duplicates.map(({ offset, segments, key }) => ({ offset, segments, message: duplicateKeyMessage("JSON", key) })),
    ...(tooDeep === undefined ? [] : [{ ...tooDeep, message: `invalid JSON: ${tooDeepMessage}` }]),
  ].map(({ offset, segments, message }): SpecIssue => ({ file, ...positionInText(text, offset), pointer: toPointer(segments), message }));
  if (issues.length > 0) throw new SpecError(issues);
  let locate: ((segments: readonly string[]) => number) | undefined;
  let lineStarts: number[] | undefined;
  const positionOf = (segments: string[]): SourcePosition => {
    locate ??= jsonLocator(text);
    lineStarts ??= lineStartsOf(text);
    return positionIn(lineStarts, locate(segments));
  };
  return { document, positionOf };
}

/**
 * How deep a document may nest. Redocly, openapi-typescript and TypeScript's printer all
 * recurse into it, and the first of them runs out of stack at about 900 levels (450 nested
 * object schemas); a schema 200 objects deep is about 400.
 */
const MAX_DEPTH = 512;
const tooDeepMessage = `nested more than ${MAX_DEPTH} levels deep (the tools that read a spec recurse into it)`;

/** JSON.parse and YAML loaders keep one of two equal keys, silently: which one the author meant is unknown. */
function duplicateKeyMessage(format: "JSON" | "YAML", key: string): string {
  return `invalid ${format}: ${format === "JSON" ? "Object" : "Map"} keys must be unique, and ${JSON.stringify(key)} appears twice`;
}

function parseYaml(text: string, file: string) {
  const lineCounter = new LineCounter();
  const yamlDocument = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const syntax: SpecIssue[] = yamlDocument.errors.map((error) => {
    // A duplicate key is named, in the mapping that holds it; other errors are about the text.
    const duplicate = error.code === "DUPLICATE_KEY" ? duplicateYamlKey(yamlDocument, error.pos[0]) : undefined;
    const message = duplicate === undefined ? `invalid YAML: ${error.message.split("\n")[0]}` : duplicateKeyMessage("YAML", duplicate.key);
    return { file, ...positionAt(lineCounter, error.pos[0]), pointer: toPointer(duplicate?.segments ?? []), message };
  });
  if (syntax.length > 0) throw new SpecError(syntax);
  const beyondJson = nonJsonNodes(yamlDocument, MAX_DEPTH).map(
    ({ offset, segments, message }): SpecIssue => ({ file, ...positionAt(lineCounter, offset), pointer: toPointer(segments), message }),
  );
  if (beyondJson.length > 0) throw new SpecError(beyondJson);
  let document: unknown;
  try {
    // A second bound on alias expansion (nonJsonNodes measured it first): a "billion laughs"
    // document fails here at the latest, instead of exhausting memory.
    document = yamlDocument.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new SpecError([{ file, pointer: "#", message: `invalid YAML: ${(error as Error).message}` }]);
  }
  const positionOf = (segments: string[]) => {
    const offset = offsetOf(yamlDocument, segments);
    return offset === undefined ? undefined : positionAt(lineCounter, offset);
  };
  return { document, positionOf };
}

/** The key a DUPLICATE_KEY error at `offset` is about, and the mapping it is in. */
function duplicateYamlKey(yamlDocument: Document, offset: number): { key: string; segments: string[] } | undefined {
  let node: unknown = yamlDocument.contents;
  const segments: string[] = [];
  while (isCollection(node)) {
    const items: unknown[] = node.items;
    const index = items.findIndex((item) => contains(isPair(item) ? item.key : item, offset) || (isPair(item) && contains(item.value, offset)));
    const item = items[index];
    if (isPair(item) && contains(item.key, offset)) return { key: isScalar(item.key) ? String(item.key.value) : String(item.key), segments };
    node = isPair(item) ? item.value : item;
    segments.push(isPair(item) ? (isScalar(item.key) ? String(item.key.value) : "") : String(index));
  }
  return undefined;
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as Node | null)?.range;
  return range !== undefined && range !== null && range[0] <= offset && offset < range[2];
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
