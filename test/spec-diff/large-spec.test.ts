// spec:diff on two real releases of a large public spec: GitHub Enterprise Server's REST API,
// 3.18 and 3.19, as @octokit/openapi ships them (11 MB of JSON each; 980 and 1,039 operations). The
// operations added and removed are computed here, independently, from the two documents, and
// must be exactly the ones the CLI reports.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";

const GHES_318 = "node_modules/@octokit/openapi/generated/ghes-3.18.json";
const GHES_319 = "node_modules/@octokit/openapi/generated/ghes-3.19.json";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

interface Operation {
  /** `GET /repos/{owner}/{repo}`: as the CLI labels it. */
  label: string;
  /** `#/paths/~1repos~1{owner}~1{repo}/get` */
  pointer: string;
  deprecated: boolean;
}

/** Operations by `METHOD /path` with every path parameter name replaced by `{}`. */
function operationsOf(file: string): Map<string, Operation> {
  const document = JSON.parse(readFileSync(`${REPO_ROOT}/${file}`, "utf8")) as { paths: Record<string, Record<string, { deprecated?: boolean }>> };
  const operations = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      const key = `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`;
      if (operations.has(key)) throw new Error(`${key} twice in ${file}: the test's own reading is wrong`);
      const escaped = path.replaceAll("~", "~0").replaceAll("/", "~1");
      operations.set(key, { label: `${method.toUpperCase()} ${path}`, pointer: `#/paths/${escaped}/${method}`, deprecated: operation.deprecated === true });
    }
  }
  return operations;
}

interface Expected {
  added: Operation[];
  removed: Operation[];
  deprecatedRemoved: Operation[];
}

function expectedChanges(base: Map<string, Operation>, revision: Map<string, Operation>): Expected {
  const added = [...revision].filter(([key]) => !base.has(key)).map(([, operation]) => operation);
  const gone = [...base].filter(([key]) => !revision.has(key)).map(([, operation]) => operation);
  return { added, removed: gone.filter((operation) => !operation.deprecated), deprecatedRemoved: gone.filter((operation) => operation.deprecated) };
}

interface Report {
  changes: { id: string; level: string; operation: string; location: string; message: string }[];
  summary: { breaking: number; warning: number; info: number };
  sdk: { changes: { kind: string; operation: string; breaking: boolean }[] };
  semver: string;
}

function specDiff(base: string, revision: string): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/spec-diff.ts", base, revision, "--format", "json"],
      { cwd: REPO_ROOT, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr, ms: performance.now() - started }),
    );
  });
}

const byLabel = (operations: Operation[]) =>
  operations.map((operation) => [operation.label, operation.pointer]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
const reported = (report: Report, id: string) =>
  report.changes
    .filter((change) => change.id === id)
    .map((change) => [change.operation, change.location])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe("GHES 3.18 ↔ 3.19 (11 MB each)", () => {
  let v317: Map<string, Operation>;
  let v318: Map<string, Operation>;
  type Run = Awaited<ReturnType<typeof specDiff>>;
  let runs: Promise<[Run, Run]>;

  beforeAll(() => {
    // Both directions at once (2 cores): 3.19 → 3.18 turns the additions into removals.
    runs = Promise.all([specDiff(GHES_318, GHES_319), specDiff(GHES_319, GHES_318)]);
    v317 = operationsOf(GHES_318);
    v318 = operationsOf(GHES_319);
  });

  it("the inputs are what this test assumes: large, and different", () => {
    expect(v317.size).toBeGreaterThan(900);
    expect(v318.size).toBeGreaterThan(900);
    const forward = expectedChanges(v317, v318);
    expect(forward.added.length).toBeGreaterThan(0);
  });

  it("3.18 → 3.19: the operations added and removed are exactly those between the documents", async () => {
    const [forward] = await runs;
    console.info(`spec:diff ghes-3.18 → ghes-3.19: ${Math.round(forward.ms)} ms (run alongside the reverse diff)`);
    expect(forward.stderr).toBe("");
    const report = JSON.parse(forward.stdout) as Report;
    const expected = expectedChanges(v317, v318);
    expect(reported(report, "operation-added")).toEqual(byLabel(expected.added));
    expect(reported(report, "operation-removed")).toEqual(byLabel(expected.removed));
    expect(reported(report, "deprecated-operation-removed")).toEqual(byLabel(expected.deprecatedRemoved));
    // Exit code and bump follow the report: 0 unless something breaks.
    expect(forward.code).toBe(report.summary.breaking > 0 ? 1 : 0);
    expect(report.semver).toBe(report.summary.breaking > 0 || report.sdk.changes.some((change) => change.breaking) ? "major" : "minor");
    // Every added operation is a new SDK method, and nothing else is.
    const methodsAdded = report.sdk.changes
      .filter((change) => change.kind === "method-added")
      .map((change) => change.operation)
      .sort();
    expect(methodsAdded).toEqual(expected.added.map((operation) => operation.label).sort());
    expect(report.sdk.changes.filter((change) => change.kind === "method-removed")).toEqual([]);
  });

  it("3.19 → 3.18: the same operations, now removed (breaking), and none added", async () => {
    const [, reverse] = await runs;
    expect(reverse.stderr).toBe("");
    const report = JSON.parse(reverse.stdout) as Report;
    const expected = expectedChanges(v318, v317);
    expect(expected.removed.length + expected.deprecatedRemoved.length).toBeGreaterThan(0);
    expect(reported(report, "operation-added")).toEqual(byLabel(expected.added));
    expect(reported(report, "operation-removed")).toEqual(byLabel(expected.removed));
    expect(reported(report, "deprecated-operation-removed")).toEqual(byLabel(expected.deprecatedRemoved));
    for (const change of report.changes.filter((change) => change.id === "operation-removed")) expect(change.level).toBe("breaking");
    expect(reverse.code).toBe(1);
    expect(report.semver).toBe("major");
    const methodsRemoved = report.sdk.changes
      .filter((change) => change.kind === "method-removed")
      .map((change) => change.operation)
      .sort();
    expect(methodsRemoved).toEqual([...expected.removed, ...expected.deprecatedRemoved].map((operation) => operation.label).sort());
  });
});
