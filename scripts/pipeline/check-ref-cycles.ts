import { compareCodeUnits, type Json } from "../document/json.js";
import { fromPointer, toPointer } from "../document/pointer.js";
import { localRefOf, refTarget } from "../document/refs.js";
import { walkNodes } from "../document/walk-nodes.js";
import type { LoadedSpec } from "./load-spec.js";
import type { SpecIssue } from "./spec-error.js";

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
      next = localRefOf(refTarget(document, next));
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

/** Every `$ref` into this document (`#…`), in document order. */
function localRefs(document: Json): { ref: string }[] {
  const found: { ref: string }[] = [];
  walkNodes(document, ({ node }) => {
    const ref = Array.isArray(node) ? undefined : localRefOf(node);
    if (ref !== undefined) found.push({ ref });
    return undefined;
  });
  return found;
}
