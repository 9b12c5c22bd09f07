import { resolve } from "node:path";
import { bundleDocument, createConfig, lintDocument, type NormalizedProblem, Source } from "@redocly/openapi-core";
import { checkPathParameters } from "./check-path-parameters.js";
import { checkPrototypeKeys } from "./check-prototype-keys.js";
import { checkRefCycles } from "./check-ref-cycles.js";
import { checkVersion } from "./check-version.js";
import { ConfinedResolver } from "./confined-resolver.js";
import type { LoadedSpec } from "./load-spec.js";
import { pointerSegments, toPointer } from "../document/pointer.js";
import { existingPrefix, nodeAt } from "../document/refs.js";
import { SpecError, type SpecIssue } from "./spec-error.js";

/**
 * Structural rules that make a document unusable for generation. Style rules (summaries,
 * descriptions, kebab-case) are a linter's business, not a generator's.
 */
const GENERATION_RULES = {
  struct: "error",
  "no-unresolved-refs": "error",
  "operation-operationId-unique": "error",
  "operation-parameters-unique": "error",
  // "path-parameters-defined" is ours (check-path-parameters.ts): Redocly's reads only `[a-zA-Z0-9_.-]` names.
  "path-declaration-must-exist": "error",
} as const;

/**
 * Structural complaints that published specs trip over and that do not stop generation:
 * GitHub's spec has `nullable` without `type` 135 times (it means "or null", and
 * openapi-typescript reads it so).
 */
const TOLERATED_MESSAGES = [/^The `type` field must be defined when the `nullable` field is used/];

/**
 * Collects every structural problem of the spec, then fails once with all of them. Returns the
 * document self-contained: as it is, or, when it `$ref`s other files, bundled into one, so that
 * later stages (and openapi-typescript) never resolve files again.
 */
export async function validateSpec(spec: LoadedSpec, absolutePath: string): Promise<Record<string, unknown>> {
  const versionIssue = checkVersion(spec);
  if (versionIssue) throw new SpecError([versionIssue]);
  // Before linting: Redocly's resolver throws on these, without saying where.
  const unresolvable = [...checkRefCycles(spec), ...checkPrototypeKeys(spec)];
  if (unresolvable.length > 0) throw new SpecError(unresolvable);
  const config = (await createConfig({ rules: GENERATION_RULES })).styleguide;
  const resolver = new ConfinedResolver(absolutePath, spec.file);
  const document = { source: new Source(absolutePath, ""), parsed: lintable(spec.document) };
  const problems = await lintDocument({ document, config, externalRefResolver: resolver }).catch((error: unknown) => {
    if (error instanceof Error && error.message === "Self-referencing circular pointer") {
      throw new SpecError([{ file: spec.file, pointer: "#", message: "$ref cycle with no schema in it, through another file" }]);
    }
    throw error;
  });
  const issues = lintIssues(problems, spec, absolutePath, resolver);
  if (resolver.externalFiles === 0) {
    issues.push(...checkPathParameters(spec, spec.document));
    if (issues.length > 0) throw new SpecError(issues);
    return spec.document;
  }
  if (issues.length > 0) throw new SpecError(issues);
  // The resolver has the other files cached: bundling reads nothing twice.
  const { bundle } = await bundleDocument({ document, config, externalRefResolver: resolver, dereference: false });
  const bundled = bundle.parsed as Record<string, unknown>;
  const pathIssues = checkPathParameters(spec, bundled);
  if (pathIssues.length > 0) throw new SpecError(pathIssues);
  return bundled;
}

/**
 * The document as Redocly 1.34 can lint it: it knows OpenAPI 3.0 and 3.1 only, and 3.2 (September
 * 2025) adds to 3.1's structure, so a 3.2 document is linted as 3.1 (its new keywords that a
 * generator reads, like `itemSchema`, are tolerated in lintIssues).
 */
function lintable(document: Record<string, unknown>): Record<string, unknown> {
  return typeof document.openapi === "string" && document.openapi.startsWith("3.2.") ? { ...document, openapi: "3.1.0" } : document;
}

/** Redocly's problems that stop generation, as issues located in the file they are in. */
function lintIssues(problems: NormalizedProblem[], spec: LoadedSpec, absolutePath: string, resolver: ConfinedResolver): SpecIssue[] {
  const isOpenApi31 = /^3\.[12]/.test(String(spec.document.openapi));
  const otherFile = (source: Source): Pick<LoadedSpec, "file" | "positionOf"> & { document: unknown } => resolver.files.get(source.absoluteRef) ?? spec;
  return problems
    .filter((problem) => problem.severity === "error" && !TOLERATED_MESSAGES.some((pattern) => pattern.test(problem.message)))
    .filter((problem) => !namesPrototypeProperty(problem.location[0]?.pointer ?? "#"))
    .filter((problem) => !isFreeFormKey(problem.message, problem.location[0]?.pointer ?? "#", isOpenApi31))
    .filter((problem) => !isItemSchema(problem.message, problem.location[0]?.pointer ?? "#"))
    .flatMap((problem): SpecIssue[] => {
      const location = problem.location[0];
      // A problem in another file of a multi-file spec is located in that file.
      const file = location?.source.absoluteRef && resolve(location.source.absoluteRef) !== resolve(absolutePath) ? otherFile(location.source) : spec;
      // Redocly sometimes points below the node at fault (at a value, as if it were a key): keep the part that exists.
      const segments = existingPrefix(file.document, pointerSegments(location?.pointer ?? "#"));
      const pointer = toPointer(segments);
      const message = ConfinedResolver.describe(problem.message, nodeAt(file.document, segments));
      return message === undefined ? [] : [{ file: file.file, ...file.positionOf(pointer), pointer, message }];
    })
    .flatMap((issue) => [issue, ...resolver.invalidFileIssues(issue.message)]);
}

/** Maps whose keys the spec author chooses: a property, a schema, a response code, a scheme. */
const NAMED_MAPS = new Set([
  "properties",
  "schemas",
  "parameters",
  "responses",
  "examples",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "$defs",
  "patternProperties",
  "variables",
  "encoding",
  "mapping",
]);

/**
 * Redocly looks names the author chose up in plain objects, so a property or schema named
 * `constructor` (or `toString`, …) is checked as if it were that object's own type field
 * ("Expected type integer"). Such names are valid; complaints at or under them are dropped.
 */
function namesPrototypeProperty(pointer: string): boolean {
  const segments = pointerSegments(pointer);
  return segments.some((segment, index) => NAMED_MAPS.has(segments[index - 1] ?? "") && segment in Object.prototype);
}

const SCHEMA_SEGMENTS = new Set(["schema", "schemas", "properties", "items", "additionalProperties", "allOf", "oneOf", "anyOf", "not", "prefixItems", "$defs"]);

/**
 * An unknown key where OpenAPI allows any: inside an `x-` extension (ReadMe's `x-code-samples`
 * entries), or in an OpenAPI 3.1 schema, which is JSON Schema and may carry any keyword
 * (ReadMe's own 3.1 spec keeps 3.0's `nullable` 498 times).
 */
function isFreeFormKey(message: string, pointer: string, isOpenApi31: boolean): boolean {
  if (!/^Property `.*` is not expected here/.test(message)) return false;
  const segments = pointerSegments(pointer);
  return segments.some((segment) => segment.startsWith("x-")) || (isOpenApi31 && segments.some((segment) => SCHEMA_SEGMENTS.has(segment)));
}

/**
 * OpenAPI 3.2's `itemSchema` on a media type (one item of a stream: an event, a JSON Lines
 * record), which Redocly 1.34 does not know: the generator reads it (scripts/model/streaming.ts),
 * in a 3.2 document and in a 3.0 or 3.1 one that writes it ahead of its version.
 */
function isItemSchema(message: string, pointer: string): boolean {
  const segments = pointerSegments(pointer);
  return message === "Property `itemSchema` is not expected here." && segments.at(-1) === "itemSchema" && segments.at(-3) === "content";
}
