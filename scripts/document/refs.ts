/**
 * Reading a document by pointer and following its local `$ref`s. Own keys only, everywhere: a
 * `$ref` to `#/components/schemas/constructor` names a schema or nothing, never Object's member,
 * and `__proto__` is a key like any other.
 */
import { type Json, record } from "./json.js";
import { tryFromPointer } from "./pointer.js";

/** A node of a document with the pointer it was reached at (after following `$ref`s: the last `$ref`). */
export interface Located<T = Json> {
  node: T;
  pointer: string;
}

/** The value at `segments`, or undefined where a segment is not an own key of the node before it. */
export function nodeAt(document: unknown, segments: readonly string[]): unknown {
  let node = document;
  for (const segment of segments) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Json)[segment];
  }
  return node;
}

/** The segments of `segments` that the document has, up to the first it has not: where to show an issue. */
export function existingPrefix(document: unknown, segments: readonly string[]): string[] {
  let node = document;
  const kept: string[] = [];
  for (const segment of segments) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) break;
    node = (node as Json)[segment];
    kept.push(segment);
  }
  return kept;
}

/** The `$ref` of a node when it points into this document (`#…`); other files' refs are Redocly's to follow. */
export function localRefOf(node: unknown): string | undefined {
  const ref = record(node).$ref;
  return typeof ref === "string" && ref.startsWith("#") ? ref : undefined;
}

/** What a local `$ref` names, or undefined (also for a pointer whose percent-encoding is broken). */
export function refTarget(document: unknown, ref: string): unknown {
  const segments = tryFromPointer(ref);
  return segments === undefined ? undefined : nodeAt(document, segments);
}

/**
 * Follows local `$ref`s from `located` to the node they lead to, keeping the last `$ref` as its
 * pointer. A cycle (check-ref-cycles' to report) stops where it closes; a `$ref` that names
 * nothing gives `{}`.
 */
export function follow(document: unknown, located: Located<unknown>): Located {
  let { node, pointer } = located;
  const seen = new Set<string>();
  for (let ref = localRefOf(node); ref !== undefined && !seen.has(ref); ref = localRefOf(node)) {
    seen.add(ref);
    pointer = ref;
    node = refTarget(document, ref);
  }
  return { node: record(node), pointer };
}

/** The node a value stands for: itself, or what its local `$ref`s lead to. */
export function resolve(document: unknown, value: unknown): Json {
  return follow(document, { node: value, pointer: "" }).node;
}
