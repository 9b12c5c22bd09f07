/**
 * The Markdown report cut to fit where GitHub shows it. A comment over 65,536 characters is
 * refused by the API (issue 14: GHES 3.17 → api.github.com renders 2 MB), and a job summary is
 * shown up to 1 MiB. A report that fits is shown whole; a larger comment keeps what a reviewer
 * decides on: the summary line, the breaking changes (as many as fit, then how many are left),
 * the SDK impact per resource with counts, the changes counted per rule, and a pointer to the
 * full report.
 */
import { Buffer } from "node:buffer";
import { BREAKING_TABLE_HEAD, COMMENT_MARKER, cell, changeRow, type DiffReport, summaryLine, toMarkdown } from "./report.js";
import type { SdkChange } from "./sdk-impact.js";
import { type Level, LEVELS } from "./types.js";

/** GitHub refuses a comment body longer than this. */
export const COMMENT_LIMIT = 65_536;
/** GitHub shows at most this much of one step's job summary. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

/**
 * Sizes are counted in UTF-8 bytes, never fewer than characters however they are counted (code
 * points or UTF-16 units): a text within a limit in bytes is within it in characters too.
 */
export function sizeOf(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** The pull-request comment: the whole report when it fits in a comment, else the shortened one. */
export function toComment(report: DiffReport, reportUrl?: string): string {
  const full = toMarkdown(report);
  return sizeOf(full) <= COMMENT_LIMIT ? full : shortComment(report, reportUrl);
}

/** The whole report for the job summary, cut at a line once it reaches GitHub's 1 MiB, with a note saying so. */
export function toJobSummary(report: DiffReport, reportUrl?: string): string {
  const full = toMarkdown(report);
  if (sizeOf(full) <= JOB_SUMMARY_LIMIT) return full;
  const closing = ["", "</details>"];
  const note = (left: number) => ["", `**Cut here:** a job summary shows at most 1 MiB; ${left} more lines are in ${fullReport(reportUrl)}.`];
  const kept = fitLines(full.trimEnd().split("\n"), JOB_SUMMARY_LIMIT - linesSize(closing) - 1, note);
  // A cut inside the folded table would leave its <details> open, and the page after it folded.
  const open = kept.filter((line) => line.startsWith("<details>")).length > kept.filter((line) => line === "</details>").length;
  return finish([...kept, ...(open ? closing : [])], JOB_SUMMARY_LIMIT);
}

/** Room kept for the SDK table and the per-rule counts, so that a flood of breaking changes leaves them in. */
const SDK_ROOM = 12_000;
const RULES_ROOM = 6_000;

function shortComment(report: DiffReport, reportUrl: string | undefined): string {
  const changes = `all ${report.changes.length} changes and ${report.sdk.changes.length} SDK changes`;
  const head = [
    COMMENT_MARKER,
    summaryLine(report),
    "",
    `_Shortened to fit in a comment (GitHub takes at most ${COMMENT_LIMIT} characters): ${fullReport(reportUrl)} lists ${changes}._`,
    "",
  ];
  const sdk = sdkSection(report.sdk.changes, SDK_ROOM);
  const rules = rulesSection(report.changes, RULES_ROOM);
  const breaking = breakingSection(report.changes, COMMENT_LIMIT - 1 - linesSize(head) - linesSize(sdk) - linesSize(rules));
  return finish([...head, ...breaking, ...sdk, ...rules], COMMENT_LIMIT);
}

/** Every breaking change, in the full report's table, as long as they fit in `room`; then how many did not. */
function breakingSection(changes: DiffReport["changes"], room: number): string[] {
  const breaking = changes.filter((change) => change.level === "breaking");
  if (breaking.length === 0) return [];
  const head = ["### Breaking changes", "", ...BREAKING_TABLE_HEAD];
  const more = (left: number) => ["", `_…and ${left} more breaking change${left === 1 ? "" : "s"}, in the full report._`];
  return [...head, ...fitLines(breaking.map(changeRow), room - linesSize(head) - linesSize([""]), more), ""];
}

const SDK_COLUMNS: readonly [SdkChange["kind"], string][] = [
  ["method-added", "Added"],
  ["method-removed", "Removed"],
  ["method-renamed", "Renamed"],
  ["signature-changed", "Call shape"],
  ["params-changed", "Parameter types"],
  ["return-changed", "Return type"],
];

interface ResourceImpact {
  label: string;
  /** Whether the resource itself was added or removed. */
  status: "" | "added" | "removed";
  counts: Map<SdkChange["kind"], number>;
  breaking: number;
  total: number;
}

/** SDK changes as one table row per resource: its changes counted by kind, the resources with the most breaking first. */
function sdkSection(changes: DiffReport["sdk"]["changes"], room: number): string[] {
  if (changes.length === 0) return [];
  const resources = byResource(changes);
  const breaking = changes.filter((change) => change.breaking).length;
  const head = [
    `### SDK impact: ${changes.length} change${changes.length === 1 ? "" : "s"} (${breaking} breaking) in ${resources.length} resource${resources.length === 1 ? "" : "s"}`,
    "",
    `| Resource | Breaking | ${SDK_COLUMNS.map(([, title]) => title).join(" | ")} |`,
    `| --- | ${SDK_COLUMNS.map(() => "---").join(" | ")} | --- |`,
  ];
  const rows = resources.map((resource) => {
    const counts = SDK_COLUMNS.map(([kind]) => String(resource.counts.get(kind) ?? ""));
    return `| ${resource.label}${resource.status === "" ? "" : ` (${resource.status})`} | ${resource.breaking} | ${counts.join(" | ")} |`;
  });
  const more = (left: number) => ["", `_…and ${left} more resource${left === 1 ? "" : "s"}, in the full report._`];
  return [...head, ...fitLines(rows, room - linesSize(head) - linesSize([""]), more), ""];
}

function byResource(changes: DiffReport["sdk"]["changes"]): ResourceImpact[] {
  const resources = new Map<string, ResourceImpact>();
  for (const change of changes) {
    // `pets.list` belongs to `pets`; a root method (`list`) to the client itself.
    const name = change.kind.startsWith("resource-") ? change.method : change.method.includes(".") ? change.method.split(".")[0] : undefined;
    const label = `${change.spec ? `${cell(change.spec)} ` : ""}${name === undefined ? "(client)" : `\`${cell(name)}\``}`;
    const resource = resources.get(label) ?? { label, status: "", counts: new Map(), breaking: 0, total: 0 };
    resources.set(label, resource);
    if (change.kind === "resource-added" || change.kind === "resource-removed") resource.status = change.kind === "resource-added" ? "added" : "removed";
    else resource.counts.set(change.kind, (resource.counts.get(change.kind) ?? 0) + 1);
    resource.breaking += change.breaking ? 1 : 0;
    resource.total += 1;
  }
  return [...resources.values()].sort((a, b) => b.breaking - a.breaking || b.total - a.total || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Every change counted by level and rule, folded: what the shortened comment leaves out, in numbers. */
function rulesSection(changes: DiffReport["changes"], room: number): string[] {
  if (changes.length === 0) return [];
  const counts = new Map<string, { level: Level; id: string; count: number }>();
  for (const { level, id } of changes) {
    const entry = counts.get(`${level} ${id}`) ?? { level, id, count: 0 };
    counts.set(`${level} ${id}`, entry);
    entry.count += 1;
  }
  // By level as the report lists changes; within a level, the commonest rule first.
  const rows = [...counts.values()]
    .sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || b.count - a.count || (a.id < b.id ? -1 : 1))
    .map(({ level, id, count }) => `| ${level} | \`${id}\` | ${count} |`);
  const head = [`<details><summary>All ${changes.length} changes by rule</summary>`, "", "| Level | Rule | Changes |", "| --- | --- | --- |"];
  const tail = ["", "</details>"];
  const more = (left: number) => ["", `_…and ${left} more rules._`];
  return [...head, ...fitLines(rows, room - linesSize(head) - linesSize(tail), more), ...tail];
}

/** The first `lines` that fit in `room` bytes (each with its newline), then `more(how many were left out)` if any were. */
function fitLines(lines: readonly string[], room: number, more: (left: number) => string[]): string[] {
  if (linesSize(lines) <= room) return [...lines];
  // The note with the largest count has the most digits: reserve that much.
  let used = linesSize(more(lines.length));
  const kept: string[] = [];
  for (const line of lines) {
    used += sizeOf(line) + 1;
    if (used > room) break;
    kept.push(line);
  }
  return [...kept, ...more(lines.length - kept.length)];
}

function linesSize(lines: readonly string[]): number {
  return lines.reduce((total, line) => total + sizeOf(line) + 1, 0);
}

/** The lines as the reports end: one newline. A text over its limit here is a bug in the room given to its sections. */
function finish(lines: readonly string[], limit: number): string {
  const text = `${lines.join("\n").trimEnd()}\n`;
  if (sizeOf(text) > limit) throw new Error(`a shortened report came to ${sizeOf(text)} bytes, over its limit of ${limit}`);
  return text;
}

function fullReport(reportUrl: string | undefined): string {
  return reportUrl === undefined ? "the full report (`--format markdown-full`)" : `[the full report](${reportUrl})`;
}
