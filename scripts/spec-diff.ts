// CLI: what changed between two versions of an API, for its consumers and for our SDK.
//
//   npm run -s spec:diff -- OLD NEW [--format markdown|json|text] [--fail-on breaking|warning|never]
//   npm run -s spec:diff -- --base REF [...]
//
// Exit 0: nothing at or above --fail-on; 1: changes at or above it; 2: an error (a bad spec on
// either side is named with its side, file, line and pointer). The report goes to stdout,
// errors to stderr.
import { parseArgs } from "node:util";
import { diffAgainstRef, diffFiles, SideError } from "./diff/diff-specs.js";
import { failsOn, toJson, toMarkdown, toText } from "./diff/report.js";

const USAGE = `Usage: npm run -s spec:diff -- OLD NEW [options]
       npm run -s spec:diff -- --base REF [options]

Reports what changed between two OpenAPI documents: breaking changes, warnings and other
changes by rule (docs/spec-diff-rules.md), what it does to the generated SDK, and the version
bump it needs.

Options:
  --base REF        compare every spec in specs/ at git ref REF with the working tree
  --format FORMAT   markdown, json or text (default: text)
  --fail-on LEVEL   breaking, warning or never: exit 1 on changes at or above it (default: breaking)
  -h, --help        show this help

Exit codes: 0 nothing at or above --fail-on, 1 changes at or above it, 2 error.`;

const FORMATS = ["markdown", "json", "text"] as const;
const FAIL_ON = ["breaking", "warning", "never"] as const;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseFlags(argv);
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const format = oneOf(values.format, FORMATS, "--format");
  const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on");
  if (values.base === undefined && positionals.length !== 2) throw new UsageError("give two spec files (OLD NEW) or --base REF");
  if (values.base !== undefined && positionals.length > 0) throw new UsageError("--base compares specs/ with the working tree: give no files with it");
  const cwd = process.cwd();
  const [oldFile, newFile] = positionals;
  const report = values.base !== undefined ? await diffAgainstRef(values.base, cwd) : await diffFiles(oldFile, newFile, cwd);
  const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
  process.stdout.write(format === "json" ? toJson(report) : format === "markdown" ? toMarkdown(report) : toText(report, colour));
  return failsOn(report, failOn) ? 1 : 0;
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        base: { type: "string" },
        format: { type: "string", default: "text" },
        "fail-on": { type: "string", default: "breaking" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (allowed.includes(value as T)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`spec:diff: ${error.message}\n\n${USAGE}\n`);
    else if (error instanceof SideError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`spec:diff: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
