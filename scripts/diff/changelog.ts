/**
 * CHANGELOG.md entries from the spec diff: the package's next version is the current one
 * bumped by the largest semver verdict of any spec, and the entry lists, per spec, what a user
 * of the SDK must know (breaking changes first).
 */
import { type DiffReport, largestSemver } from "./report.js";
import type { Semver } from "./sdk-impact.js";

export const CHANGELOG_TITLE = "# Changelog";

/** `1.4.2` bumped by `minor` is `1.5.0`; `none` keeps the version. Pre-release suffixes are dropped. */
export function bumpVersion(version: string, bump: Semver): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (match === null) throw new Error(`package.json version ${JSON.stringify(version)} is not semver (MAJOR.MINOR.PATCH)`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  if (bump === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}

export interface EntryInput {
  version: string;
  /** ISO date, `YYYY-MM-DD`. */
  date: string;
  /** The git ref the specs were compared with. */
  base: string;
  reports: readonly { spec: string; report: DiffReport }[];
}

/** One `## version — date` section; specs without changes are left out. */
export function renderEntry({ version, date, base, reports }: EntryInput): string {
  const bump = largestSemver(reports.map(({ report }) => report.semver));
  const lines = [`## ${version} — ${date}`, "", `Semver: **${bump}**, from the spec diff against \`${base}\`.`];
  for (const { spec, report } of reports) {
    if (report.semver === "none") continue;
    lines.push("", `### ${spec}: ${report.semver}`, "");
    const breaking = report.changes.filter((change) => change.level === "breaking");
    const sdkBreaking = report.sdk.changes.filter((change) => change.breaking);
    for (const change of sdkBreaking) lines.push(`- **Breaking:** ${change.message}`);
    for (const change of breaking) lines.push(`- **Breaking:** ${change.operation}: ${change.message}`);
    for (const change of report.sdk.changes.filter((change) => !change.breaking)) lines.push(`- ${change.message}`);
    for (const change of report.changes.filter((change) => change.level === "warning")) lines.push(`- Warning: ${change.operation}: ${change.message}`);
    const info = report.changes.filter((change) => change.level === "info").length;
    if (info > 0) lines.push(`- ${info} other compatible change${info === 1 ? "" : "s"} (\`npm run -s spec:diff -- --base ${base}\` lists them)`);
  }
  return `${lines.join("\n")}\n`;
}

/** The changelog with `entry` as its newest section, under the title. */
export function prependEntry(changelog: string, entry: string): string {
  const body = changelog.startsWith(CHANGELOG_TITLE) ? changelog.slice(CHANGELOG_TITLE.length).replace(/^\n+/, "") : changelog;
  return `${CHANGELOG_TITLE}\n\n${entry}${body === "" ? "" : `\n${body}`}`;
}
