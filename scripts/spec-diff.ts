// CLI: what changed between two versions of an API, for its consumers and for our SDK.
//
//   api-clients diff OLD NEW [--format markdown|json|text] [--fail-on breaking|warning|never]
//   api-clients diff --base REF [...]            (npm run -s spec:diff -- … runs the same)
//
// Exit 0: nothing at or above --fail-on; 1: changes at or above it; 2: an error (a bad spec on
// either side is named with its side, file, line and pointer, and shown in a code frame). The
// report goes to stdout, errors to stderr; nothing else is printed on success.
import { neutralize, shouldColour } from "./cli/colour.js";
import { type Command, defineCommand, HELP_OPTION, UsageError } from "./cli/command.js";
import { runIfMain } from "./cli/entry.js";
import { renderIssue, sourceReader } from "./cli/issues.js";
import { writeAll } from "./cli/output.js";
import { diffAgainstRef, diffFiles, SideError } from "./diff/diff-specs.js";
import { failsOn, toJson, toMarkdown, toText } from "./diff/report.js";
import { formatIssue } from "./pipeline/spec-error.js";

const FORMATS = ["markdown", "json", "text"] as const;
const FAIL_ON = ["breaking", "warning", "never"] as const;

export const diffCommand = defineCommand({
  usage: ["OLD NEW [options]", "--base REF [options]"],
  description:
    "Reports what changed between two OpenAPI documents: breaking changes, warnings and other\nchanges by rule (docs/spec-diff-rules.md), what it does to the generated SDK, and the version\nbump it needs.",
  positionals: true,
  options: {
    base: { type: "string", arg: "REF", description: "compare every spec in specs/ at git ref REF with the working tree", defaultText: "compare OLD with NEW" },
    format: { type: "string", arg: "FORMAT", description: "markdown, json or text", default: "text" },
    json: { type: "boolean", description: "the same as --format json" },
    "fail-on": { type: "string", arg: "LEVEL", description: "breaking, warning or never: exit 1 on changes at or above it", default: "breaking" },
    quiet: { type: "boolean", short: "q", description: "print no report, errors only: the exit code says it all" },
    help: HELP_OPTION,
  },
  epilogue: "Exit codes: 0 nothing at or above --fail-on, 1 changes at or above it, 2 error.",
  async run({ values, positionals, given }) {
    if (values.json && given.has("format") && values.format !== "json") throw new UsageError(`--json and --format ${values.format} disagree: give one`);
    const format = values.json ? "json" : oneOf(values.format, FORMATS, "--format");
    const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on");
    if (values.base === undefined && positionals.length !== 2) throw new UsageError("give two spec files (OLD NEW) or --base REF");
    if (values.base !== undefined && positionals.length > 0) throw new UsageError("--base compares specs/ with the working tree: give no files with it");
    const cwd = process.cwd();
    const [oldFile, newFile] = positionals;
    let report: Awaited<ReturnType<typeof diffFiles>>;
    try {
      report = values.base !== undefined ? await diffAgainstRef(values.base, cwd) : await diffFiles(oldFile, newFile, cwd);
    } catch (error) {
      if (!(error instanceof SideError)) throw error;
      process.stderr.write(`${renderSideError(error)}\n`);
      return 2;
    }
    if (!values.quiet) {
      const text = format === "json" ? toJson(report) : format === "markdown" ? toMarkdown(report) : toText(report, shouldColour(process.stdout, process.env));
      await writeAll(process.stdout, text);
    }
    return failsOn(report, failOn) ? 1 : 0;
  },
});

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (allowed.includes(value as T)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
}

/**
 * The error's lines as they are (`revision: file:line #/pointer: message`), each spec issue
 * followed by a frame of its file. A base side from `--base` was read from a temporary copy,
 * gone by now: those issues keep their first line only.
 */
function renderSideError(error: SideError): string {
  const colour = shouldColour(process.stderr, process.env);
  const read = sourceReader();
  const byLine = new Map(error.issues.map((issue) => [`${issue.side}: ${formatIssue(issue)}`, issue]));
  const parts = error.message.split("\n").map((line) => {
    const issue = byLine.get(line);
    return issue === undefined ? neutralize(line) : renderIssue(issue, { colour, prefix: `${issue.side}: `, source: read(issue.path) });
  });
  return parts.join(parts.some((part) => part.includes("\n")) ? "\n\n" : "\n");
}

runIfMain(import.meta.url, "diff", diffCommand as Command);
