import { resolve } from "node:path";
import { bundleDocument, createConfig, lintDocument, type NormalizedProblem, Source } from "@redocly/openapi-core";
import { type DocumentEdit, editDocument } from "../document/edit-document.js";
import { compareCodeUnits, type Json } from "../document/json.js";
import { fromPointer, pointerSegments, toPointer } from "../document/pointer.js";
import { existingPrefix, nodeAt } from "../document/refs.js";
import { checkPathParameters } from "./check-path-parameters.js";
import { checkRefCycles } from "./check-ref-cycles.js";
import { checkVersion } from "./check-version.js";
import { ConfinedResolver } from "./confined-resolver.js";
import { escapePrototypeKeys } from "./escape-prototype-keys.js";
import type { LoadedSpec } from "./load-spec.js";
import { resolveMappingNames } from "./resolve-mapping-names.js";
import { formatIssue, SpecError, type SpecIssue } from "./spec-error.js";
import { describeProblem, judgeLintProblem, type ProblemKind, refToOtherKind, severityOf } from "./tolerance.js";

/**
 * Structural rules that matter to a generator. Style rules (summaries, descriptions,
 * kebab-case) are a linter's business; what each finding means here is tolerance.ts's.
 */
const GENERATION_RULES = {
  struct: "error",
  "no-unresolved-refs": "error",
  "operation-operationId-unique": "error",
  "operation-parameters-unique": "error",
  // "path-parameters-defined" is ours (check-path-parameters.ts): Redocly's reads only `[a-zA-Z0-9_.-]` names.
  "path-declaration-must-exist": "error",
} as const;

/** A document fit to generate from, and the problems that did not stop it (each says what was done instead). */
export interface ValidatedSpec {
  /** Self-contained (bundled when the spec `$ref`s other files), with what the warnings ignore taken out. */
  document: Json;
  warnings: SpecIssue[];
}

/** One problem found, of a kind the tolerance policy knows, and the change to the document a warning stands for. */
interface Finding {
  kind: ProblemKind;
  issue: SpecIssue;
  edit?: DocumentEdit;
}

/**
 * Collects every problem of the spec, sorts them by the tolerance policy, and fails once with
 * every error. Otherwise returns the document as later stages (and openapi-typescript) should
 * read it: self-contained (bundled when it `$ref`s other files, so nothing is resolved twice),
 * discriminator mappings by name resolved, and what a warning says was ignored taken out.
 */
export async function validateSpec(spec: LoadedSpec, absolutePath: string): Promise<ValidatedSpec> {
  const versionIssue = checkVersion(spec);
  if (versionIssue) throw new SpecError([versionIssue]);
  // Before linting: Redocly's resolver throws on these, without saying where.
  failOnErrors(checkRefCycles(spec).map((issue) => ({ kind: "ref-cycle", issue })));
  const named = editDocument(spec.document, resolveMappingNames(spec.document));
  const escaped = escapePrototypeKeys(named);
  const config = (await createConfig({ rules: GENERATION_RULES })).styleguide;
  const resolver = new ConfinedResolver(absolutePath, spec.file);
  const problems = await lintDocument({
    document: { source: new Source(absolutePath, ""), parsed: lintable(escaped.document) },
    config,
    externalRefResolver: resolver,
  }).catch((error: unknown) => {
    if (error instanceof Error && error.message === "Self-referencing circular pointer") {
      throw new SpecError([{ file: spec.file, pointer: "#", message: "$ref cycle with no schema in it, through another file" }]);
    }
    throw error;
  });
  const lintFindings = judgeProblems(problems, spec, absolutePath, resolver, escaped.restorePointer);
  failOnErrors(lintFindings);
  const ownEdits = lintFindings.flatMap((finding) => (finding.edit !== undefined && finding.issue.file === spec.file ? [finding.edit] : []));
  const edited = editDocument(named, ownEdits);
  const document = resolver.externalFiles === 0 ? edited : await bundled(edited, absolutePath, resolver);
  failOnErrors(checkPathParameters(spec, document).map((issue) => ({ kind: "path-parameters", issue })));
  const warnings = lintFindings.map((finding) => finding.issue);
  return { document, warnings: warnings.sort((a, b) => compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0)) };
}

/**
 * The document as Redocly 1.34 can lint it: it knows OpenAPI 3.0 and 3.1 only, and 3.2 (September
 * 2025) adds to 3.1's structure, so a 3.2 document is linted as 3.1 (its new keywords that a
 * generator reads, like `itemSchema`, are no problem to the tolerance policy).
 */
function lintable(document: Json): Json {
  return typeof document.openapi === "string" && document.openapi.startsWith("3.2.") ? { ...document, openapi: "3.1.0" } : document;
}

/** Throws every error among `findings` at once; warnings go on. */
function failOnErrors(findings: readonly Finding[]): void {
  const errors = findings.filter((finding) => severityOf(finding.kind) === "error").map((finding) => finding.issue);
  if (errors.length > 0) throw new SpecError(errors);
}

/** The document with the other files it `$ref`s pulled in; the resolver has them cached, so nothing is read twice. */
async function bundled(document: Json, absolutePath: string, resolver: ConfinedResolver): Promise<Json> {
  const escaped = escapePrototypeKeys(document);
  const config = (await createConfig({ rules: {} })).styleguide;
  const source = { source: new Source(absolutePath, ""), parsed: escaped.document };
  const { bundle } = await bundleDocument({ document: source, config, externalRefResolver: resolver, dereference: false });
  return escaped.restore(bundle.parsed as Json);
}

/** The path a local `$ref` names, or undefined when its escapes do not decode. */
function localTarget(ref: string): string[] | undefined {
  try {
    return fromPointer(ref);
  } catch {
    return undefined;
  }
}

/** Redocly's problems, judged by the tolerance policy and located in the file they are in. */
function judgeProblems(
  problems: NormalizedProblem[],
  spec: LoadedSpec,
  absolutePath: string,
  resolver: ConfinedResolver,
  restorePointer: (pointer: string) => string,
): Finding[] {
  // 3.2 adds to 3.1's structure: its schemas are JSON Schema too.
  const isOpenApi31 = /^3\.[12]/.test(String(spec.document.openapi));
  const otherFile = (source: Source): Pick<LoadedSpec, "file" | "positionOf"> & { document: unknown } => resolver.files.get(source.absoluteRef) ?? spec;
  const findings = problems.flatMap((problem): Finding[] => {
    const referred = problem.from === undefined ? undefined : referrerFinding(problem, problem.from);
    if (referred !== undefined) return [referred];
    const location = problem.location[0];
    // A problem in another file of a multi-file spec is located in that file.
    const file = location?.source.absoluteRef && resolve(location.source.absoluteRef) !== resolve(absolutePath) ? otherFile(location.source) : spec;
    const given = pointerSegments(restorePointer(location?.pointer ?? "#"));
    // Redocly sometimes points below the node at fault (at a value, as if it were a key): keep the part that exists.
    const segments = existingPrefix(file.document, given);
    const node = nodeAt(file.document, segments);
    const judgement = judgeLintProblem({
      ruleId: problem.ruleId,
      message: problem.message,
      segments,
      exact: segments.length === given.length,
      node,
      isOpenApi31,
    });
    const message = judgement === undefined ? undefined : (judgement.message ?? ConfinedResolver.describe(problem.message, node));
    if (judgement === undefined || message === undefined) return [];
    // Only the spec's own file is edited (before bundling); in another file a warning's node is passed on as it is.
    const judged = file === spec ? judgement : { kind: judgement.kind };
    const pointer = toPointer(segments);
    const issue = { file: file.file, ...file.positionOf(pointer), pointer, message: describeProblem(judged.kind, message, judged.edit !== undefined) };
    const fileIssues = severityOf(judged.kind) === "error" ? resolver.invalidFileIssues(problem.message) : [];
    return [{ ...judged, issue }, ...fileIssues.map((fileIssue): Finding => ({ kind: "invalid-file", issue: fileIssue }))];
  });
  // A problem Redocly found at the target of a `$ref` that points at another kind of object is the
  // referrer's (tolerance.ts, refToOtherKind); within the spec's own file only, where it can be edited.
  function referrerFinding(problem: NormalizedProblem, from: NonNullable<NormalizedProblem["from"]>): Finding | undefined {
    const target = problem.location[0];
    const inSpec = (source: Source | undefined) => source !== undefined && resolve(source.absoluteRef) === resolve(absolutePath);
    if (target === undefined || !inSpec(from.source) || !inSpec(target.source)) return undefined;
    const referrer = pointerSegments(restorePointer(from.pointer ?? "#"));
    const targetSegments = pointerSegments(restorePointer(target.pointer ?? "#"));
    const ref = nodeAt(spec.document, [...referrer, "$ref"]);
    if (typeof ref !== "string") return undefined;
    // The node at fault lies at or below the referred object: find the object the `$ref` names.
    const referred = ref.startsWith("#") ? localTarget(ref) : undefined;
    if (referred === undefined || !referred.every((segment, index) => targetSegments[index] === segment)) return undefined;
    const judgement = refToOtherKind(referrer, referred);
    if (judgement?.message === undefined) return undefined;
    const pointer = toPointer(referrer);
    const message = describeProblem(judgement.kind, judgement.message, true);
    return { ...judgement, issue: { file: spec.file, ...spec.positionOf(pointer), pointer, message } };
  }
  // Redocly reports some problems once per way it reaches them (a refused mapping: twice).
  return [...new Map(findings.map((finding) => [formatIssue(finding.issue), finding])).values()];
}
