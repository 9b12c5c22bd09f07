/**
 * The tolerance policy (issue 11, item 1), in one place: which problems of a spec stop
 * generation (errors) and which do not (warnings, each saying what the generator did instead).
 *
 * A problem is an error only when no correct and safe client can come from the document: it does
 * not parse (load-spec refuses it before validation: duplicate keys, bad bytes, custom tags), it
 * is not OpenAPI 3.0/3.1, a `$ref` that shapes a type dangles, loops with nothing in it or leaves
 * the spec's folder, an operationId is used twice, a path template and its path parameters
 * disagree. Everything else other generators accept is a warning: the node at fault is ignored
 * (taken out of the document handed on) or read as other generators read it. `--strict` (the
 * CLI's) makes warnings errors, for the repository that owns a spec.
 */
import { AUTHOR_NAMED_MAPS, holdsExamplesOrLinks } from "../document/named-maps.js";
import type { DocumentEdit } from "../document/edit-document.js";

export type Severity = "error" | "warning";

/** Every kind of problem validation reports, with its severity and, for a warning, what was done. */
export const TOLERANCE = {
  "not-openapi": { severity: "error", why: "not OpenAPI 3.0 or 3.1: there is nothing to read a client from" },
  "ref-cycle": { severity: "error", why: "a `$ref` loop with no schema in it describes no type" },
  "unresolved-ref": { severity: "error", why: "a `$ref` that shapes a type names nothing: the type would be a guess" },
  "ref-refused": { severity: "error", why: "a `$ref` that leaves the spec's folder is never followed (SECURITY.md)" },
  "invalid-file": { severity: "error", why: "a file the spec refers to does not parse" },
  "duplicate-operation-id": { severity: "error", why: "two methods would have one name" },
  "path-parameters": { severity: "error", why: "a call would go to a path with a hole, or send a parameter nowhere" },
  "dangling-docs-ref": { severity: "warning", done: "ignored (it shapes no type)" },
  "null-type-in-3.0": { severity: "warning", done: "read as `null`, as OpenAPI 3.1 does" },
  "nullable-in-3.1": { severity: "warning", done: 'read as "or null", as OpenAPI 3.0 does' },
  "misplaced-key": { severity: "warning", done: "ignored" },
  "wrong-type": { severity: "warning", done: "ignored" },
  "parameter-without-name-or-in": { severity: "warning", done: "the parameter is ignored" },
  "duplicate-parameter": { severity: "warning", done: "the first one is used" },
  "missing-field": { severity: "warning", done: "generated without it" },
  "ref-to-other-kind": { severity: "warning", done: "read as any value (`unknown`)" },
} as const satisfies Record<string, { severity: "error"; why: string } | { severity: "warning"; done: string }>;

export type ProblemKind = keyof typeof TOLERANCE;

export function severityOf(kind: ProblemKind): Severity {
  return TOLERANCE[kind].severity;
}

/** A Redocly problem as the policy reads it: its rule, message, and the node it is at. */
export interface LintProblem {
  ruleId: string;
  message: string;
  /** Path to the node at fault, as far as the document has it. */
  segments: readonly string[];
  /** Whether the document has the whole path Redocly gave (it sometimes points below a value, as if it were a key). */
  exact: boolean;
  /** The node at `segments`. */
  node: unknown;
  isOpenApi31: boolean;
}

/** What the policy makes of one problem: its kind, and the change to the document a warning's "what was done" stands for. */
export interface Judgement {
  kind: ProblemKind;
  edit?: DocumentEdit;
  /** Our wording, where Redocly's would mislead. */
  message?: string;
}

/**
 * Redocly's problem as one of the kinds above, or undefined when it is no problem at all (a
 * false alarm of Redocly's, or something OpenAPI allows that Redocly does not know).
 */
export function judgeLintProblem(problem: LintProblem): Judgement | undefined {
  const { ruleId, message, segments } = problem;
  if (problem.isOpenApi31 && message.startsWith("Property `nullable` is not expected here") && segments.some((segment) => SCHEMA_SEGMENTS.has(segment))) {
    return { kind: "nullable-in-3.1", message: "`nullable` is OpenAPI 3.0's; in a 3.1 document null is a type" };
  }
  if (isRedoclyMistake(problem)) return undefined;
  const remove = (path: readonly string[] = segments): DocumentEdit | undefined => (problem.exact ? { path, remove: true } : undefined);
  switch (ruleId) {
    case "no-unresolved-refs":
      if (/: refused: /.test(message)) return { kind: "ref-refused" };
      if (/: unresolved: .* is invalid$/.test(message)) return { kind: "invalid-file" };
      return shapesNoType(segments) ? { kind: "dangling-docs-ref", edit: remove() } : { kind: "unresolved-ref" };
    case "operation-operationId-unique":
      return { kind: "duplicate-operation-id" };
    case "operation-parameters-unique":
      return { kind: "duplicate-parameter", edit: remove() };
    case "path-declaration-must-exist":
      return { kind: "path-parameters" };
  }
  const parameter = parameterAt(segments, message);
  if (parameter !== undefined) return { kind: "parameter-without-name-or-in", edit: remove(parameter) };
  if (/ is not expected here/.test(message)) return { kind: "misplaced-key", edit: remove() };
  if (/must be present on this level/.test(message)) return { kind: "missing-field" };
  if (!problem.isOpenApi31 && segments.at(-1) === "type" && problem.node === "null") {
    return { kind: "null-type-in-3.0", message: "`type: 'null'` is OpenAPI 3.1's; in a 3.0 document it is `nullable: true`" };
  }
  return { kind: "wrong-type", edit: remove() };
}

/** The kinds of object a `$ref` may be written in place of, as far as the policy needs to tell them apart. */
export type ObjectKind = "schema" | "parameter";

/**
 * What the object at `segments` is, by where it stands: a schema (under `schema`, `items`,
 * `properties/<name>`, `components/schemas/<name>`, …), a parameter (`parameters/<n>` of a path
 * or operation, `components/parameters/<name>`), or undefined where the policy does not need to know.
 */
export function objectKindAt(segments: readonly string[]): ObjectKind | undefined {
  const last = segments.at(-1) ?? "";
  const parent = segments.at(-2) ?? "";
  const grandparent = segments.at(-3);
  if (parent === "parameters") {
    if (grandparent === "components") return "parameter";
    if (/^\d+$/.test(last) && !AUTHOR_NAMED_MAPS.has(grandparent ?? "")) return "parameter";
    return undefined;
  }
  if (parent === "schemas" && grandparent === "components") return "schema";
  if (["schema", "items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else"].includes(last)) return "schema";
  if (["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"].includes(parent) && objectKindAt(segments.slice(0, -2)) === "schema")
    return "schema";
  if (["allOf", "oneOf", "anyOf", "prefixItems"].includes(parent) && /^\d+$/.test(last)) return "schema";
  return undefined;
}

/**
 * A `$ref` written where one kind of object is expected that points at another (enode.io: a
 * schema's `items` pointing at a query parameter). Redocly walks the target as the kind the
 * referrer expects and reports its fields as misplaced there: the fault is the referrer's, and
 * the target, valid where it stands, is left as it is.
 */
export function refToOtherKind(referrer: readonly string[], target: readonly string[]): Judgement | undefined {
  const expected = objectKindAt(referrer);
  const found = objectKindAt(target);
  if (expected !== "schema" || found === undefined || found === expected) return undefined;
  return { kind: "ref-to-other-kind", edit: { path: referrer, value: {} }, message: `\`$ref\` points at a ${found}, where a ${expected} is expected` };
}

/** A problem of `kind` in words: Redocly's (or our check's) message, and what was done instead when it is a warning. */
export function describeProblem(kind: ProblemKind, message: string, edited: boolean): string {
  const policy = TOLERANCE[kind];
  if (policy.severity === "error") return message;
  const done = "done" in policy && (edited || !policy.done.includes("ignored")) ? policy.done : "passed on as it is";
  return `${message.replace(/\.$/, "")}: ${done}`;
}

/**
 * Places whose `$ref`s shape no generated type: discriminator mappings (the union is the
 * `oneOf`/`anyOf`, the mapping only names its members), examples, and links.
 */
function shapesNoType(segments: readonly string[]): boolean {
  return segments.some((segment, index) => {
    const before = segments[index - 1] ?? "";
    if (segment === "mapping") return before === "discriminator";
    return holdsExamplesOrLinks(segment, before);
  });
}

/** `…/parameters/3` when a parameter's `name` or `in` is missing or wrong: a parameter without them cannot be sent. */
function parameterAt(segments: readonly string[], message: string): string[] | undefined {
  const isParameter = (at: number) => segments[at - 1] === "parameters" && /^\d+$/.test(segments[at] ?? "") && !AUTHOR_NAMED_MAPS.has(segments[at - 2] ?? "");
  const last = segments.length - 1;
  if (/^(name|in)$/.test(segments[last] ?? "") && isParameter(last - 1)) return segments.slice(0, last);
  if (/^The field `(name|in)` must be present/.test(message) && isParameter(last)) return [...segments];
  return undefined;
}

const SCHEMA_SEGMENTS = new Set(["schema", "schemas", "properties", "items", "additionalProperties", "allOf", "oneOf", "anyOf", "not", "prefixItems", "$defs"]);

/**
 * Complaints that are no problem:
 * - `nullable` without `type` (GitHub's spec has it 135 times): it means "or null", and
 *   openapi-typescript reads it so.
 * - a name the author chose that is one of Object.prototype's (`constructor`, `toString`):
 *   Redocly looks it up in a plain object and checks the property as that object's own field.
 * - an unknown key inside an `x-` extension, or in an OpenAPI 3.1 schema, which is JSON Schema
 *   and may carry any keyword (3.0's `nullable` is the exception: it changes the type, so it is
 *   a warning above; ReadMe's own 3.1 spec keeps it 498 times).
 * - OpenAPI 3.2's `itemSchema` on a media type (one item of a stream), which Redocly 1.34 does
 *   not know: the generator reads it (scripts/model/streaming.ts), in a 3.2 document and in a 3.0
 *   or 3.1 one that writes it ahead of its version.
 */
function isRedoclyMistake({ message, segments, isOpenApi31 }: LintProblem): boolean {
  if (message === "Property `itemSchema` is not expected here." && segments.at(-1) === "itemSchema" && segments.at(-3) === "content") return true;
  if (/^The `type` field must be defined when the `nullable` field is used/.test(message)) return true;
  if (segments.some((segment, index) => AUTHOR_NAMED_MAPS.has(segments[index - 1] ?? "") && segment in Object.prototype)) return true;
  if (!/^Property `.*` is not expected here/.test(message)) return false;
  return segments.some((segment) => segment.startsWith("x-")) || (isOpenApi31 && segments.some((segment) => SCHEMA_SEGMENTS.has(segment)));
}
