import type { LoadedSpec } from "./load-spec.js";
import { type SpecIssue, toPointer } from "./spec-error.js";

/**
 * Object.prototype's methods that Redocly's resolver calls when a key has their name: it looks
 * keys up in plain objects, finds the method and calls it without a receiver, which throws (a
 * TypeError with no location). `constructor` and `toString` do not throw, and are fine names.
 */
const UNCHECKABLE = new Set([
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "valueOf",
  "toLocaleString",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/** A node being walked, and the way back to the root (segments are built only for an issue). */
interface Visit {
  node: unknown;
  key: string;
  parent: Visit | undefined;
}

/** Keys the validator cannot check, each as an issue that says so, instead of its crash. */
export function checkPrototypeKeys(spec: LoadedSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const stack: Visit[] = [{ node: spec.document, key: "", parent: undefined }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    if (typeof visit.node !== "object" || visit.node === null) continue;
    for (const [key, value] of Object.entries(visit.node)) {
      if (UNCHECKABLE.has(key) && !Array.isArray(visit.node)) {
        const pointer = toPointer([...segmentsTo(visit), key]);
        const message = `the name \`${key}\` is one of Object.prototype's methods, which the validator cannot check: rename it`;
        issues.push({ file: spec.file, ...spec.positionOf(pointer), pointer, message });
      }
      if (typeof value === "object" && value !== null) stack.push({ node: value, key, parent: visit });
    }
  }
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

function segmentsTo(visit: Visit): string[] {
  const segments: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) segments.unshift(at.key);
  return segments;
}
