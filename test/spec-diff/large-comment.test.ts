// The pull-request comment for two real GitHub releases far apart (issue 14): GHES 3.17 →
// api.github.com as @octokit/openapi ships them, thousands of breaking changes and a 2 MB full
// report. One CLI run prints the JSON (the existing path) and writes the other renderings with
// --out-*, as the workflow does; the comment must fit in a GitHub comment and still name every
// breaking change or say how many it left out.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_LIMIT, JOB_SUMMARY_LIMIT } from "../../scripts/diff/comment.js";
import { changeRow, type DiffReport } from "../../scripts/diff/report.js";
import { REPO_ROOT } from "../helpers/cli.js";

const BASE = "node_modules/@octokit/openapi/generated/ghes-3.17.json";
const REVISION = "node_modules/@octokit/openapi/generated/api.github.com.json";
const RUN_URL = "https://github.com/acme/api/actions/runs/42";

interface Outputs {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  comment: string;
  full: string;
  json: string;
  summary: string;
}

let work: string;
let outputs: Promise<Outputs>;

function specDiff(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; ms: number }> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/spec-diff.ts", ...args],
      { cwd: REPO_ROOT, timeout: 300_000, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr, ms: performance.now() - started }),
    );
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "large-comment-"));
  const file = (name: string) => join(work, name);
  outputs = specDiff([
    BASE,
    REVISION,
    "--format",
    "json",
    "--fail-on",
    "never",
    "--report-url",
    RUN_URL,
    "--out-markdown",
    file("comment.md"),
    "--out-markdown-full",
    file("full.md"),
    "--out-json",
    file("report.json"),
    "--out-job-summary",
    file("summary.md"),
  ]).then(async (run) => {
    const read = (name: string) => readFile(file(name), "utf8");
    const [comment, full, json, summary] = await Promise.all([read("comment.md"), read("full.md"), read("report.json"), read("summary.md")]);
    return { ...run, comment, full, json, summary };
  });
});
afterAll(() => rm(work, { recursive: true, force: true }));

// One diff of two 11-13 MB documents: about 12 s alone, minutes on a loaded machine.
describe("GHES 3.17 → api.github.com", { timeout: 300_000 }, () => {
  it("one run: exit 0 with --fail-on never, nothing on stderr, the --out-json file the same bytes as the JSON on stdout", async () => {
    const run = await outputs;
    console.info(`spec:diff ghes-3.17 → api.github.com with every rendering: ${Math.round(run.ms)} ms`);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.json).toBe(run.stdout);
  });

  it("the comment fits in 65,536 characters and names the breaking changes in order, then how many it left out", async () => {
    const { comment, full, stdout } = await outputs;
    const report = JSON.parse(stdout) as DiffReport;
    const breaking = report.changes.filter((change) => change.level === "breaking");
    // The pair is what the test needs: a full report far over the limit, thousands of breaking changes.
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT * 10);
    expect(breaking.length).toBeGreaterThan(1_000);
    console.info(`full report ${full.length} characters, comment ${comment.length}; ${breaking.length} breaking changes`);

    expect(comment.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(Buffer.byteLength(comment)).toBeLessThanOrEqual(COMMENT_LIMIT);
    const lines = comment.split("\n");
    expect(lines[1]).toBe(
      `**API changes:** ${report.summary.breaking} breaking, ${report.summary.warning} warnings, ${report.summary.info} info · recommended version bump: **major**`,
    );
    const rows = lines.filter((line) => breaking.some((change) => line === changeRow(change)));
    expect(rows).toEqual(breaking.slice(0, rows.length).map(changeRow));
    const more = Number(/^_…and (\d+) more breaking changes, in the full report\._$/m.exec(comment)?.[1] ?? 0);
    expect(rows.length + more).toBe(breaking.length);
    expect(rows.length).toBeGreaterThan(100);
    expect(comment).toContain(`[the full report](${RUN_URL}) lists all ${report.changes.length} changes and ${report.sdk.changes.length} SDK changes.`);
  });

  it("the comment counts the SDK impact per resource: the counts add up to the report's", async () => {
    const { comment, stdout } = await outputs;
    const report = JSON.parse(stdout) as DiffReport;
    const heading = /^### SDK impact: (\d+) changes \((\d+) breaking\) in (\d+) resources$/m.exec(comment);
    expect(heading?.slice(1).map(Number)).toEqual([
      report.sdk.changes.length,
      report.sdk.changes.filter((change) => change.breaking).length,
      expect.any(Number),
    ]);
    const resourceRows = comment.split("\n").filter((line) => /^\| `\w+`( \((added|removed)\))? \| \d+ \|/.test(line));
    expect(resourceRows).toHaveLength(Number(heading?.[3]));
    const sum = (column: number) => resourceRows.reduce((total, row) => total + Number(row.split(" | ")[column] || 0), 0);
    expect(sum(1)).toBe(report.sdk.changes.filter((change) => change.breaking).length);
    expect(sum(2)).toBe(report.sdk.changes.filter((change) => change.kind === "method-added").length);
    expect(sum(3)).toBe(report.sdk.changes.filter((change) => change.kind === "method-removed").length);
  });

  it("the full report is every change; the job summary is its first 1 MiB, with a note", async () => {
    const { full, summary, stdout } = await outputs;
    const report = JSON.parse(stdout) as DiffReport;
    for (const change of report.changes.filter((change) => change.level === "breaking")) expect(full).toContain(changeRow(change));
    expect(Buffer.byteLength(full)).toBeGreaterThan(JOB_SUMMARY_LIMIT);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT);
    const kept = summary.slice(0, summary.indexOf("\n\n**Cut here:**"));
    expect(full.startsWith(kept)).toBe(true);
    expect(summary).toMatch(
      new RegExp(`\\*\\*Cut here:\\*\\* a job summary shows at most 1 MiB; \\d+ more lines are in \\[the full report\\]\\(${RUN_URL}\\)\\.\\n$`),
    );
  });
});
