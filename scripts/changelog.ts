// CLI: the next CHANGELOG.md entry, from the spec diff's semver verdicts.
//
//   npm run -s changelog -- --base REF [--write] [--date YYYY-MM-DD]
//
// Without --write the entry goes to stdout and nothing changes. With it, the entry is put at the
// top of CHANGELOG.md and package.json's version is bumped by the largest verdict. Exit 0, or 2
// on an error. When no spec changed, nothing is written.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bumpVersion, prependEntry, renderEntry } from "./diff/changelog.js";
import { diffEachSpecAgainstRef, SideError } from "./diff/diff-specs.js";
import { largestSemver } from "./diff/report.js";

const USAGE = `Usage: npm run -s changelog -- --base REF [options]

Writes the next CHANGELOG.md entry from the spec diff between REF and the working tree.

Options:
  --base REF          git ref the specs are compared with (required)
  --write             put the entry into CHANGELOG.md and bump package.json's version (default: print only)
  --date YYYY-MM-DD   date of the entry (default: today, UTC)
  -h, --help          show this help`;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      base: { type: "string" },
      write: { type: "boolean", default: false },
      date: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  if (values.base === undefined) throw new Error(`--base REF is required\n\n${USAGE}`);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const cwd = process.cwd();
  const reports = await diffEachSpecAgainstRef(values.base, cwd);
  const bump = largestSemver(reports.map(({ report }) => report.semver));
  if (bump === "none") {
    process.stderr.write(`changelog: no spec changed since ${values.base}; nothing to add.\n`);
    return 0;
  }
  const packagePath = join(cwd, "package.json");
  const packageText = await readFile(packagePath, "utf8");
  const current = (JSON.parse(packageText) as { version: string }).version;
  const version = bumpVersion(current, bump);
  const entry = renderEntry({ version, date, base: values.base, reports });
  if (!values.write) {
    process.stdout.write(entry);
    return 0;
  }
  const changelogPath = join(cwd, "CHANGELOG.md");
  const changelog = await readFile(changelogPath, "utf8").catch(() => "");
  await writeFile(changelogPath, prependEntry(changelog, entry));
  // Only the version line changes, so the rest of package.json keeps its formatting.
  await writeFile(packagePath, packageText.replace(/("version"\s*:\s*)"[^"]*"/, `$1"${version}"`));
  process.stderr.write(`changelog: ${current} → ${version} (${bump}); CHANGELOG.md updated.\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`changelog: ${error instanceof SideError || error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
