// The pull-request comment and the job summary fit GitHub's limits whatever the diff (issue 14):
// a report that fits is the full report to the byte; a larger one keeps the summary line, the
// breaking changes (as many as fit, then how many are left), the SDK impact per resource, the
// count per rule and a link to the full report. Synthetic reports give sizes no fixture reaches.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { COMMENT_LIMIT, JOB_SUMMARY_LIMIT, sizeOf, toComment, toJobSummary } from "../../scripts/diff/comment.js";
import { diffDocumentsReport } from "../../scripts/diff/diff-specs.js";
import { changeRow, type DiffReport, makeReport, toMarkdown } from "../../scripts/diff/report.js";
import type { SdkChange } from "../../scripts/diff/sdk-impact.js";
import type { Change, Level } from "../../scripts/diff/types.js";
import { REPO_ROOT } from "../helpers/cli.js";

const URL = "https://github.com/acme/api/actions/runs/42";

/** `count` changes of one level, each on its own operation, with messages long enough to matter. */
function changes(count: number, level: Level, id: string, text = "required property 'x' removed"): Change[] {
  return Array.from({ length: count }, (_, index) => ({
    id,
    level,
    operation: `GET /things/${index}/{id}`,
    location: `#/paths/~1things~1${index}~1{id}/get/responses/200`,
    message: `response 200 property 'items.payload.repository.owner': ${text} (${index})`,
  }));
}

function sdkChanges(resources: number, perResource: number): SdkChange[] {
  return Array.from({ length: resources * perResource }, (_, index) => {
    const resource = `resource${Math.floor(index / perResource)}`;
    const breaking = index % 3 === 0;
    return {
      kind: breaking ? "method-removed" : "method-added",
      method: `${resource}.method${index}`,
      operation: `GET /r/${index}`,
      breaking,
      message: `\`${resource}.method${index}()\` ${breaking ? "removed" : "added"}`,
    };
  });
}

/** The breaking table's rows, and the "…and N more" count after it (0 when every row is there). */
function breakingTable(markdown: string): { rows: string[]; more: number } {
  const lines = markdown.split("\n");
  const start = lines.indexOf("### Breaking changes");
  const rows: string[] = [];
  for (const line of lines.slice(start + 4)) {
    if (!line.startsWith("| ")) break;
    rows.push(line);
  }
  const more = /^_…and (\d+) more breaking changes?, in the full report\._$/m.exec(markdown);
  return { rows, more: more === null ? 0 : Number(more[1]) };
}

/** Within the limit however GitHub counts characters: UTF-16 units, code points, or bytes. */
function expectFits(text: string, limit: number): void {
  expect(text.length).toBeLessThanOrEqual(limit);
  expect([...text].length).toBeLessThanOrEqual(limit);
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(limit);
}

describe("the pull-request comment", () => {
  it("is the full report, byte for byte, when that fits (a real small diff)", async () => {
    const read = async (file: string) => parse(await readFile(join(REPO_ROOT, "test/fixtures/spec-diff-cli", file), "utf8")) as Record<string, unknown>;
    const report = diffDocumentsReport(await read("v1.yaml"), await read("v2-breaking.yaml"));
    expect(report.summary.breaking).toBeGreaterThan(0);
    expect(toComment(report, URL)).toBe(toMarkdown(report));
    expect(toJobSummary(report, URL)).toBe(toMarkdown(report));
    expect(toComment(report)).not.toContain("Shortened");
  });

  it("of 5,000 breaking changes: under 65,536 characters, the first breaking changes in order, then how many are left out", () => {
    const report = makeReport(
      [...changes(5_000, "breaking", "response-required-property-removed"), ...changes(300, "info", "operation-added")],
      sdkChanges(40, 30),
      "major",
    );
    expect(sizeOf(toMarkdown(report))).toBeGreaterThan(COMMENT_LIMIT * 10);
    const comment = toComment(report, URL);
    expectFits(comment, COMMENT_LIMIT);
    const lines = comment.split("\n");
    expect(lines.slice(0, 2)).toEqual(["<!-- spec-diff -->", "**API changes:** 5000 breaking, 0 warnings, 300 info · recommended version bump: **major**"]);
    expect(comment).toContain(`[the full report](${URL}) lists all 5300 changes and 1200 SDK changes.`);
    const { rows, more } = breakingTable(comment);
    const breaking = report.changes.filter((change) => change.level === "breaking");
    // Shortened, but not needlessly: the rows take most of the comment.
    expect(rows.length).toBeGreaterThan(150);
    expect(rows).toEqual(breaking.slice(0, rows.length).map(changeRow));
    expect(rows.length + more).toBe(5_000);
    // Every one of the 40 resources, counted: 10 removed and 20 added methods in each.
    expect(comment).toContain("### SDK impact: 1200 changes (400 breaking) in 40 resources");
    const resourceRows = lines.filter((line) => /^\| `resource\d+` \|/.test(line));
    expect(resourceRows).toHaveLength(40);
    expect(resourceRows).toContain("| `resource0` | 10 | 20 | 10 |  |  |  |  |");
    expect(lines).toContain("| breaking | `response-required-property-removed` | 5000 |");
    expect(lines).toContain("| info | `operation-added` | 300 |");
    expect(comment.endsWith("\n</details>\n")).toBe(true);
  });

  it("names every breaking change when they fit, however many other changes there are", () => {
    const report = makeReport([...changes(120, "breaking", "operation-removed"), ...changes(8_000, "warning", "operation-deprecated")], [], "major");
    expect(sizeOf(toMarkdown(report))).toBeGreaterThan(COMMENT_LIMIT);
    const comment = toComment(report);
    expectFits(comment, COMMENT_LIMIT);
    const { rows, more } = breakingTable(comment);
    expect(rows).toEqual(report.changes.filter((change) => change.level === "breaking").map(changeRow));
    expect(more).toBe(0);
    expect(comment).toContain("the full report (`--format markdown-full`) lists all 8120 changes and 0 SDK changes.");
    expect(comment).not.toContain("### SDK impact");
    expect(comment.split("\n")).toContain("| warning | `operation-deprecated` | 8000 |");
  });

  it("counts in bytes, so text beyond ASCII still fits however GitHub counts characters", () => {
    const report = makeReport(changes(3_000, "breaking", "response-enum-value-removed", "enum value '東京🚀' removed"), [], "major");
    const comment = toComment(report);
    expectFits(comment, COMMENT_LIMIT);
    const { rows, more } = breakingTable(comment);
    expect(rows.length + more).toBe(3_000);
    expect(rows[0]).toContain("東京🚀");
  });

  it("with thousands of resources: as many as fit, then how many are left", () => {
    const report = makeReport(changes(2_000, "breaking", "operation-removed"), sdkChanges(3_000, 1), "major");
    const comment = toComment(report);
    expectFits(comment, COMMENT_LIMIT);
    const shown = comment.split("\n").filter((line) => /^\| `resource\d+` \|/.test(line)).length;
    expect(shown).toBeGreaterThan(50);
    expect(comment).toContain(`_…and ${3_000 - shown} more resources, in the full report._`);
    expect(breakingTable(comment).rows.length).toBeGreaterThan(100);
  });
});

describe("the job summary", () => {
  it("is cut at a line under 1 MiB, says how many lines are left, and closes the folded table it cut", () => {
    const report = makeReport([...changes(500, "breaking", "operation-removed"), ...changes(20_000, "info", "operation-added")], [], "major");
    const full = toMarkdown(report);
    expect(sizeOf(full)).toBeGreaterThan(JOB_SUMMARY_LIMIT);
    const summary = toJobSummary(report, URL);
    expectFits(summary, JOB_SUMMARY_LIMIT);
    const lines = summary.trimEnd().split("\n");
    expect(lines.slice(-3)).toEqual([
      expect.stringMatching(/^\*\*Cut here:\*\* a job summary shows at most 1 MiB; \d+ more lines are in \[the full report\]/),
      "",
      "</details>",
    ]);
    const kept = lines.slice(0, -4);
    const fullLines = full.trimEnd().split("\n");
    expect(kept).toEqual(fullLines.slice(0, kept.length));
    const left = Number(/; (\d+) more lines/.exec(summary)?.[1]);
    expect(kept.length + left).toBe(fullLines.length);
    // Every breaking change precedes the cut.
    for (const change of report.changes.slice(0, 500)) expect(kept).toContain(changeRow(change));
  });
});

it("an empty report is the one line it always was", () => {
  const report: DiffReport = makeReport([], [], "none");
  expect(toComment(report)).toBe("<!-- spec-diff -->\n**No API changes.**\n");
});
