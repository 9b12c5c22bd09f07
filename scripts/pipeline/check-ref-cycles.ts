import type { LoadedSpec } from "./load-spec.js";
import { fromPointer, type SpecIssue, toPointer } from "./spec-error.js";

type Json = Record<string, unknown>;

/**
 * `$ref`s that lead back to themselves without reaching a value: schema A is `{$ref: B}` and B
 * is `{$ref: A}` (or a parameter or response that names itself). They describe nothing, and
 * Redocly's resolver throws on them without saying where. Recursion through a schema (A has a
 * property that is `{$ref: A}`) reaches A's properties, so it is fine. One issue per cycle, at
 * its first member in code-unit order. Only local refs: another file's are Redocly's to follow.
 */
export function checkRefCycles(spec: LoadedSpec): SpecIssue[] {
  const document = spec.document;
  const reported = new Set<string>();
  const issues: SpecIssue[] = [];
  // Refs already known to reach a value: each chain is walked once.
  const settled = new Set<string>();
  for (const { ref } of localRefs(document)) {
    const chain: string[] = [];
    let next: string | undefined = ref;
    while (next !== undefined && !settled.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = localRefOf(nodeAt(document, next));
    }
    if (next === undefined || settled.has(next)) {
      for (const member of chain) settled.add(member);
      continue;
    }
    const cycle = chain.slice(chain.indexOf(next));
    const first = [...cycle].sort(compareCodeUnits)[0] ?? next;
    const key = [...cycle].sort(compareCodeUnits).join(" ");
    for (const member of chain.slice(0, chain.indexOf(next))) settled.add(member);
    if (reported.has(key)) continue;
    reported.add(key);
    const start = cycle.indexOf(first);
    const ordered = [...cycle.slice(start), ...cycle.slice(0, start), first];
    const pointer = toPointer(fromPointer(first));
    issues.push({ file: spec.file, ...spec.positionOf(pointer), pointer, message: `$ref cycle with no schema in it: ${ordered.join(" → ")}` });
  }
  return issues;
}

/** Every `$ref` into this document (`#/…`), in document order. */
function localRefs(document: Json): { ref: string }[] {
  const found: { ref: string }[] = [];
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    const ref = Array.isArray(node) ? undefined : localRefOf(node);
    if (ref !== undefined) found.push({ ref });
    const children = Object.values(node);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (typeof child === "object" && child !== null) stack.push(child);
    }
  }
  return found;
}

function localRefOf(node: unknown): string | undefined {
  if (typeof node !== "object" || node === null || Array.isArray(node)) return undefined;
  const ref = (node as Json).$ref;
  return typeof ref === "string" && ref.startsWith("#") ? ref : undefined;
}

/** The node a local ref names, or undefined (also for a pointer that does not decode). */
function nodeAt(document: Json, ref: string): unknown {
  let segments: string[];
  try {
    segments = fromPointer(ref);
  } catch {
    return undefined;
  }
  let node: unknown = document;
  for (const segment of segments) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Json)[segment];
  }
  return node;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
