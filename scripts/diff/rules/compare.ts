/** Small comparisons the schema rules share. */
import type { Constraints, SchemaView } from "../types.js";

export const show = (value: unknown): string => (typeof value === "string" ? `\`${value}\`` : `\`${JSON.stringify(value)}\``);

export const typeList = (view: SchemaView): string => (view.types.length === 0 ? "any" : view.types.join(" | "));

/** Whether every value of `narrow` is a value of `wide` (integer ⊂ number; no types: any). */
export function typesWithin(narrow: string[], wide: string[]): boolean {
  if (wide.length === 0) return true;
  if (narrow.length === 0) return false;
  return narrow.every((type) => wide.includes(type) || (type === "integer" && wide.includes("number")));
}

export function sameTypes(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((type) => b.includes(type));
}

/** Enum values only one side has (by JSON equality). */
export function enumOnlyIn(one: unknown[], other: unknown[]): unknown[] {
  const others = new Set(other.map((value) => JSON.stringify(value)));
  return one.filter((value) => !others.has(JSON.stringify(value)));
}

const UPPER: (keyof Constraints)[] = ["maximum", "exclusiveMaximum", "maxLength", "maxItems"];
const LOWER: (keyof Constraints)[] = ["minimum", "exclusiveMinimum", "minLength", "minItems"];

/** Constraint changes that let fewer values through (tightened) or more (loosened). */
export function constraintChanges(base: Constraints, revision: Constraints): { tightened: string[]; loosened: string[] } {
  const tightened: string[] = [];
  const loosened: string[] = [];
  const describe = (key: string, before: unknown, after: unknown) =>
    `${key} ${before === undefined ? "added" : after === undefined ? "removed" : "changed"}${before === undefined ? "" : ` from ${String(before)}`}${after === undefined ? "" : ` to ${String(after)}`}`;
  for (const key of [...UPPER, ...LOWER]) {
    const before = base[key] as number | undefined;
    const after = revision[key] as number | undefined;
    if (before === after) continue;
    const upper = UPPER.includes(key);
    const fewer = after !== undefined && (before === undefined || (upper ? after < before : after > before));
    (fewer ? tightened : loosened).push(describe(key, before, after));
  }
  if (base.pattern !== revision.pattern) {
    (revision.pattern === undefined ? loosened : tightened).push(describe("pattern", base.pattern, revision.pattern));
  }
  return { tightened, loosened };
}
