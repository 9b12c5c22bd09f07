import { toPointer } from "../document/pointer.js";
import { segmentsTo, walkNodes } from "../document/walk-nodes.js";
import type { LoadedSpec } from "./load-spec.js";
import type { SpecIssue } from "./spec-error.js";

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

/** Keys the validator cannot check, each as an issue that says so, instead of its crash. */
export function checkPrototypeKeys(spec: LoadedSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  walkNodes(spec.document, (at) => {
    if (Array.isArray(at.node)) return undefined;
    for (const key of Object.keys(at.node)) {
      if (!UNCHECKABLE.has(key)) continue;
      const pointer = toPointer([...segmentsTo(at), key]);
      const message = `the name \`${key}\` is one of Object.prototype's methods, which the validator cannot check: rename it`;
      issues.push({ file: spec.file, ...spec.positionOf(pointer), pointer, message });
    }
    return undefined;
  });
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
