/** Diffs two spec files, or every spec in specs/ between a git ref and the working tree. */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { loadSpec } from "../pipeline/load-spec.js";
import { clientForSpec } from "../clients.js";
import type { ClientConfig } from "../pipeline/config.js";
import { hasExternalRefs } from "../document/facts.js";
import type { LoadedSpec } from "../pipeline/load-spec.js";
import { toPointer, tryFromPointer } from "../document/pointer.js";
import { existingPrefix, localRefOf } from "../document/refs.js";
import { segmentsTo, walkNodes } from "../document/walk-nodes.js";
import { formatIssue, SpecError, type SpecIssue } from "../pipeline/spec-error.js";
import { checkVersion } from "../pipeline/check-version.js";
import { type DiffReport, makeReport, mergeReports } from "./report.js";
import { RULES } from "./rules/index.js";
import { recommendSemver, sdkImpact } from "./sdk-impact.js";
import type { Json } from "./types.js";
import { diffDocuments } from "./walk.js";

const run = promisify(execFile);

/** A spec issue on one side of a diff, with the absolute path of its file (for the CLI's code frame). */
export interface SideIssue extends SpecIssue {
  side: string;
  path: string;
}

/** A spec that fails on one side: the message says which side; `issues` are its spec issues, located. */
export class SideError extends Error {
  override name = "SideError";
  readonly issues: readonly SideIssue[];

  constructor(message: string, issues: readonly SideIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}

/** Loads and validates one side; a missing file (a spec added or deleted) is an empty document. */
async function loadSide(path: string | undefined, side: string, cwd: string): Promise<Json> {
  if (path === undefined) return { openapi: "3.1.0", info: { title: "", version: "" }, paths: {} };
  try {
    const spec = await loadSpec(resolve(cwd, path), cwd);
    return await readableDocument(spec, resolve(cwd, path));
  } catch (error) {
    if (error instanceof SpecError) {
      const issues = error.issues.map((issue) => ({ ...issue, side, path: resolve(cwd, issue.file) }));
      throw new SideError(issues.map((issue) => `${side}: ${formatIssue(issue)}`).join("\n"), issues);
    }
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new SideError(`${side}: ${path}: no such file`);
    throw error;
  }
}

/**
 * What the diff needs of a document: it parses, is OpenAPI 3.0/3.1, and every `$ref` leads
 * somewhere. The generator's full structural validation (Redocly, about 1 s per side on a
 * 10 MB spec) runs only for specs that `$ref` other files, which it also bundles.
 */
async function readableDocument(spec: LoadedSpec, absolutePath: string): Promise<Json> {
  const versionIssue = checkVersion(spec);
  if (versionIssue) throw new SpecError([versionIssue]);
  if (hasExternalRefs(spec.document)) {
    // Loaded only here: Redocly takes 0.2 s to load and single-file specs do not need it.
    const { validateSpec } = await import("../pipeline/validate-spec.js");
    return (await validateSpec(spec, absolutePath)).document;
  }
  const issues = unresolvedRefs(spec);
  if (issues.length > 0) throw new SpecError(issues);
  return spec.document;
}

function unresolvedRefs(spec: LoadedSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  walkNodes(spec.document, (at) => {
    const ref = localRefOf(at.node);
    if (ref !== undefined && !resolves(spec.document, ref)) {
      const pointer = toPointer(segmentsTo(at));
      issues.push({ file: spec.file, ...spec.positionOf(pointer), pointer, message: `Can't resolve $ref ${JSON.stringify(ref)}` });
    }
    return undefined;
  });
  return issues.sort((a, b) => (a.pointer < b.pointer ? -1 : 1));
}

/** Whether a local ref names a node: own keys only, so `#/components/schemas/constructor` names nothing when there is no such schema. */
function resolves(document: Json, ref: string): boolean {
  const segments = tryFromPointer(ref);
  return segments !== undefined && existingPrefix(document, segments).length === segments.length;
}

/** Both sides, or every side's spec errors at once (not just the first side's). */
async function loadBoth(base: () => Promise<Json>, revision: () => Promise<Json>): Promise<[Json, Json]> {
  const [before, after] = await Promise.allSettled([base(), revision()]);
  const failures = [before, after].flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  if (failures.length > 0 && failures.every((failure) => failure instanceof SideError)) {
    throw new SideError(
      failures.map((failure) => (failure as Error).message).join("\n"),
      failures.flatMap((failure) => (failure as SideError).issues),
    );
  }
  if (before.status === "rejected") throw before.reason;
  if (after.status === "rejected") throw after.reason;
  return [before.value, after.value];
}

export function diffDocumentsReport(base: Json, revision: Json, config: ClientConfig = DEFAULT_CLIENT): DiffReport {
  const changes = diffDocuments(base, revision, RULES);
  const sdk = sdkImpact(base, revision, changes, config);
  return makeReport(changes, sdk, recommendSemver(changes, sdk, JSON.stringify(base) === JSON.stringify(revision)));
}

const DEFAULT_CLIENT: ClientConfig = { name: "Client", spec: "", output: "" };

export async function diffFiles(
  basePath: string | undefined,
  revisionPath: string | undefined,
  cwd: string,
  labels = { base: "base", revision: "revision" },
): Promise<DiffReport> {
  const [base, revision] = await loadBoth(
    () => loadSide(basePath, labels.base, cwd),
    () => loadSide(revisionPath, labels.revision, cwd),
  );
  // A spec listed in clients.config.json keeps its client's names (tags → resources) in the SDK report.
  const spec = resolve(cwd, revisionPath ?? basePath ?? "");
  const config = await clientForSpec(cwd, spec, {}).catch(() => DEFAULT_CLIENT);
  return diffDocumentsReport(base, revision, config);
}

const SPEC_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

/**
 * Every spec in `specs/` at `ref` against the working tree, specs added and deleted included.
 * The ref's `specs/` folder is written to a temporary folder whole, so that relative `$ref`s
 * between its files resolve as they did at that commit.
 */
export async function diffAgainstRef(ref: string, cwd: string): Promise<DiffReport> {
  return mergeReports(await diffEachSpecAgainstRef(ref, cwd));
}

/** As diffAgainstRef, one report per spec file (`specs/x.yaml`), in file order. */
export async function diffEachSpecAgainstRef(ref: string, cwd: string): Promise<{ spec: string; report: DiffReport }[]> {
  const root = (
    await run("git", ["rev-parse", "--show-toplevel"], { cwd }).catch(() => {
      throw new SideError(`base: ${cwd} is not inside a git repository`);
    })
  ).stdout.trim();
  const git = (...args: string[]) => run("git", args, { cwd: root, maxBuffer: 512 * 1024 * 1024 });
  try {
    await git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
  } catch {
    throw new SideError(`base: ${ref} is not a commit in this repository`);
  }
  const baseFiles = (await git("ls-tree", "-r", "--name-only", ref, "--", "specs/")).stdout.split("\n").filter((name) => name !== "");
  const scratch = await mkdtemp(join(tmpdir(), "spec-diff-"));
  try {
    for (const file of baseFiles) {
      const target = join(scratch, file);
      await mkdir(dirname(target), { recursive: true });
      const { stdout } = await run("git", ["show", `${ref}:${file}`], { cwd: root, encoding: "buffer", maxBuffer: 512 * 1024 * 1024 });
      await writeFile(target, stdout);
    }
    const isSpec = (name: string) => /^specs\/[^/]+$/.test(name) && SPEC_EXTENSIONS.has(extname(name));
    const working = (await readdir(join(root, "specs")).catch(() => [] as string[])).map((name) => `specs/${name}`);
    const specs = [...new Set([...baseFiles.filter(isSpec), ...working.filter(isSpec)])].sort();
    const reports = [];
    for (const spec of specs) {
      // Each side relative to its own root, so errors name `specs/x.yaml`, not a temporary path.
      const [before, after] = await loadBoth(
        () => loadSide(baseFiles.includes(spec) ? spec : undefined, `base (${ref})`, scratch),
        () => loadSide(working.includes(spec) ? spec : undefined, "working tree", root),
      );
      const config = await clientForSpec(root, join(root, spec), {}).catch(() => DEFAULT_CLIENT);
      const report = diffDocumentsReport(before, after, config);
      reports.push({ spec, report });
    }
    return reports;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
