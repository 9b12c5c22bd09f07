/** A diff's result and its three renderings: JSON for tools, Markdown for pull requests, text for terminals. */
import type { SdkChange, Semver } from "./sdk-impact.js";
import { type Change, type Level, LEVELS } from "./types.js";

export interface DiffReport {
  changes: (Change & { spec?: string })[];
  summary: Record<Level, number>;
  sdk: { changes: (SdkChange & { spec?: string })[] };
  semver: Semver;
}

const SEMVER_ORDER: readonly Semver[] = ["none", "patch", "minor", "major"];

/** The larger of the verdicts: one breaking spec makes the whole package a major release. */
export function largestSemver(verdicts: readonly Semver[]): Semver {
  return verdicts.reduce((largest, verdict) => (SEMVER_ORDER.indexOf(verdict) > SEMVER_ORDER.indexOf(largest) ? verdict : largest), "none");
}

export function makeReport(changes: DiffReport["changes"], sdk: DiffReport["sdk"]["changes"], semver: Semver): DiffReport {
  const order = (change: Change) => LEVELS.indexOf(change.level);
  const sorted = [...changes].sort((a, b) => order(a) - order(b));
  const summary = { breaking: 0, warning: 0, info: 0 };
  for (const change of changes) summary[change.level]++;
  return { changes: sorted, summary, sdk: { changes: sdk }, semver };
}

/** Several specs' reports as one (`--base`): changes tagged with their spec, the largest bump. */
export function mergeReports(reports: { spec: string; report: DiffReport }[]): DiffReport {
  const changes = reports.flatMap(({ spec, report }) => report.changes.map((change) => ({ ...change, spec })));
  const sdk = reports.flatMap(({ spec, report }) => report.sdk.changes.map((change) => ({ ...change, spec })));
  return makeReport(changes, sdk, largestSemver(reports.map(({ report }) => report.semver)));
}

/** Whether the report has a change at or above `failOn`. */
export function failsOn(report: DiffReport, failOn: Level | "never"): boolean {
  if (failOn === "never") return false;
  const threshold = LEVELS.indexOf(failOn);
  return report.changes.some((change) => LEVELS.indexOf(change.level) <= threshold);
}

export function toJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The hidden line a bot looks for to update its one comment instead of adding another. */
export const COMMENT_MARKER = "<!-- spec-diff -->";

type ReportedChange = DiffReport["changes"][number];

/** The report's first line after the marker: counts by level and the version bump. */
export function summaryLine(report: DiffReport): string {
  const { summary, semver } = report;
  return `**API changes:** ${summary.breaking} breaking, ${summary.warning} warning${summary.warning === 1 ? "" : "s"}, ${summary.info} info · recommended version bump: **${semver}**`;
}

export const BREAKING_TABLE_HEAD = ["| Operation | Change | Rule | Location |", "| --- | --- | --- | --- |"];

/** A change as a row of the breaking-changes table (the other table prefixes its level). */
export function changeRow(change: ReportedChange): string {
  const where = (change.spec ? `${change.spec} ` : "") + change.location;
  return `| \`${cell(change.operation)}\` | ${cell(change.message)} | \`${change.id}\` | \`${cell(where)}\` |`;
}

/** The whole report as Markdown: every change, however long (see comment.ts for one that fits a comment). */
export function toMarkdown(report: DiffReport): string {
  const { summary, semver } = report;
  if (report.changes.length === 0 && report.sdk.changes.length === 0) {
    return `${COMMENT_MARKER}\n**No API changes.**${semver === "patch" ? " (Only descriptions or examples changed: a patch release.)" : ""}\n`;
  }
  const lines = [COMMENT_MARKER, summaryLine(report), ""];
  const breaking = report.changes.filter((change) => change.level === "breaking");
  if (breaking.length > 0) {
    lines.push("### Breaking changes", "", ...BREAKING_TABLE_HEAD, ...breaking.map(changeRow), "");
  }
  if (report.sdk.changes.length > 0) {
    lines.push(
      "### SDK impact",
      "",
      ...report.sdk.changes.map((change) => `- ${change.breaking ? "**breaking** " : ""}${change.message} (\`${cell(change.operation)}\`)`),
      "",
    );
  }
  const rest = report.changes.filter((change) => change.level !== "breaking");
  if (rest.length > 0) {
    lines.push(
      `<details><summary>${summary.warning} warning${summary.warning === 1 ? "" : "s"} and ${summary.info} other change${summary.info === 1 ? "" : "s"}</summary>`,
      "",
      "| Level | Operation | Change | Rule | Location |",
      "| --- | --- | --- | --- | --- |",
      ...rest.map((change) => `| ${change.level} ${changeRow(change)}`),
      "",
      "</details>",
    );
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

/** Markdown table cells: no line breaks, no unescaped pipes. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|").replace(/`/g, "'");
}

const COLOURS: Record<Level, string> = { breaking: "\u001b[31m", warning: "\u001b[33m", info: "\u001b[36m" };

export function toText(report: DiffReport, colour: boolean): string {
  const paint = (level: Level, text: string) => (colour ? `${COLOURS[level]}${text}\u001b[0m` : text);
  const lines = report.changes.map((change) => `${paint(change.level, change.level.padEnd(8))} ${change.operation}  ${change.message}  [${change.id}]`);
  if (report.sdk.changes.length > 0)
    lines.push("", "SDK impact:", ...report.sdk.changes.map((change) => `  ${change.breaking ? "breaking " : ""}${change.message}`));
  const { summary } = report;
  lines.push(
    report.changes.length === 0 && report.sdk.changes.length === 0
      ? "No API changes."
      : `${summary.breaking} breaking, ${summary.warning} warning(s), ${summary.info} info; recommended version bump: ${report.semver}`,
  );
  return `${lines.join("\n").trim()}\n`;
}
