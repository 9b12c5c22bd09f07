// CLI: what changed between two versions of an API, for its consumers and for our SDK.
//
//   api-clients diff OLD NEW [--format markdown|markdown-full|json|text] [--fail-on breaking|warning|never]
//   api-clients diff --base REF [...]            (npm run -s spec:diff -- … runs the same)
//   [--out-markdown FILE] [--out-markdown-full FILE] [--out-json FILE] [--out-job-summary FILE]
//
// Exit 0: nothing at or above --fail-on; 1: changes at or above it; 2: an error (a bad spec on
// either side is named with its side, file, line and pointer, and shown in a code frame; a file
// that cannot be written). The report goes to stdout, errors to stderr; nothing else is printed
// on success. The --out-* files let one diff run give a workflow every rendering it needs.
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { neutralize, shouldColour } from "./cli/colour.js";
import { type Command, defineCommand, HELP_OPTION, UsageError } from "./cli/command.js";
import { runIfMain } from "./cli/entry.js";
import { renderIssue, sourceReader } from "./cli/issues.js";
import { writeAll } from "./cli/output.js";
import { toComment, toJobSummary } from "./diff/comment.js";
import type { SideError } from "./diff/diff-specs.js";
import { type DiffReport, failsOn, toJson, toMarkdown, toText } from "./diff/report.js";
import { formatIssue } from "./pipeline/spec-error.js";

const FORMATS = ["markdown", "json", "text", "markdown-full"] as const;
type Rendering = (typeof FORMATS)[number] | "job-summary";

/** The options that write a rendering to a file, besides the one --format prints. */
const FILE_OPTIONS = {
  "out-markdown": "markdown",
  "out-markdown-full": "markdown-full",
  "out-json": "json",
  "out-job-summary": "job-summary",
} as const satisfies Record<string, Rendering>;
type FileOption = keyof typeof FILE_OPTIONS;
const FAIL_ON = ["breaking", "warning", "never"] as const;

export const diffCommand = defineCommand({
  usage: ["OLD NEW [options]", "--base REF [options]"],
  description:
    "Reports what changed between two OpenAPI documents: breaking changes, warnings and other\nchanges by rule (docs/spec-diff-rules.md), what it does to the generated SDK, and the version\nbump it needs.",
  positionals: true,
  options: {
    base: { type: "string", arg: "REF", description: "compare every spec in specs/ at git ref REF with the working tree", defaultText: "compare OLD with NEW" },
    format: {
      type: "string",
      arg: "FORMAT",
      description:
        "markdown (a pull-request comment: the whole report, or shortened to fit GitHub's 65,536 characters), markdown-full (the whole report), json or text",
      default: "text",
    },
    json: { type: "boolean", description: "the same as --format json" },
    "fail-on": { type: "string", arg: "LEVEL", description: "breaking, warning or never: exit 1 on changes at or above it", default: "breaking" },
    quiet: { type: "boolean", short: "q", description: "print no report, errors only: the exit code says it all" },
    "out-markdown": { type: "string", arg: "FILE", description: "also write the pull-request comment (as --format markdown) to FILE" },
    "out-markdown-full": { type: "string", arg: "FILE", description: "also write the whole Markdown report (as --format markdown-full) to FILE" },
    "out-json": { type: "string", arg: "FILE", description: "also write the JSON report (as --format json) to FILE" },
    "out-job-summary": {
      type: "string",
      arg: "FILE",
      description: 'also write the whole Markdown report, cut with a note at the 1 MiB a GitHub job summary shows, to FILE (e.g. "$GITHUB_STEP_SUMMARY")',
    },
    "report-url": {
      type: "string",
      arg: "URL",
      description: "where the full report is: a shortened comment or job summary links to it",
      defaultText: "no link",
    },
    help: HELP_OPTION,
  },
  epilogue: "Exit codes: 0 nothing at or above --fail-on, 1 changes at or above it, 2 error.",
  async run({ values, positionals, given }) {
    if (values.json && given.has("format") && values.format !== "json") throw new UsageError(`--json and --format ${values.format} disagree: give one`);
    const format = values.json ? "json" : oneOf(values.format, FORMATS, "--format");
    const failOn = oneOf(values["fail-on"], FAIL_ON, "--fail-on");
    const files = outputFiles(values);
    const reportUrl = values["report-url"] === undefined ? undefined : httpUrl(values["report-url"]);
    if (values.base === undefined && positionals.length !== 2) throw new UsageError("give two spec files (OLD NEW) or --base REF");
    if (values.base !== undefined && positionals.length > 0) throw new UsageError("--base compares specs/ with the working tree: give no files with it");
    const cwd = process.cwd();
    const [oldFile, newFile] = positionals;
    // Loaded once the arguments hold: --help and a wrong command line need none of the pipeline.
    const { diffAgainstRef, diffFiles, SideError } = await import("./diff/diff-specs.js");
    let report: DiffReport;
    try {
      report = values.base !== undefined ? await diffAgainstRef(values.base, cwd) : await diffFiles(oldFile, newFile, cwd);
    } catch (error) {
      if (!(error instanceof SideError)) throw error;
      process.stderr.write(`${renderSideError(error)}\n`);
      return 2;
    }
    for (const { option, file } of files) {
      try {
        await writeFile(resolve(cwd, file), render(FILE_OPTIONS[option], report, reportUrl));
      } catch (error) {
        if (!(error instanceof Error && "code" in error)) throw error;
        process.stderr.write(`cannot write ${file} (--${option}): ${error.message}\n`);
        return 2;
      }
    }
    if (!values.quiet) await writeAll(process.stdout, render(format, report, reportUrl));
    return failsOn(report, failOn) ? 1 : 0;
  },
});

function render(rendering: Rendering, report: DiffReport, reportUrl: string | undefined): string {
  switch (rendering) {
    case "markdown":
      return toComment(report, reportUrl);
    case "markdown-full":
      return toMarkdown(report);
    case "job-summary":
      return toJobSummary(report, reportUrl);
    case "json":
      return toJson(report);
    case "text":
      return toText(report, shouldColour(process.stdout, process.env));
  }
}

/** The --out-* options given, each naming its own file: two renderings in one file would leave only the last. */
function outputFiles(values: Partial<Record<FileOption, string>>): { option: FileOption; file: string }[] {
  const files = (Object.keys(FILE_OPTIONS) as FileOption[]).flatMap((option) => {
    const file = values[option];
    return file === undefined ? [] : [{ option, file }];
  });
  for (const [index, { option, file }] of files.entries()) {
    const other = files.slice(0, index).find((earlier) => resolve(earlier.file) === resolve(file));
    if (other !== undefined) throw new UsageError(`--${other.option} and --${option} both name ${file}: give each its own file`);
  }
  return files;
}

/** An http(s) URL, as a Markdown link target: parentheses encoded so they cannot end the link early. */
function httpUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:"))
    throw new UsageError(`--report-url must be an http(s) URL, got ${JSON.stringify(value)}`);
  if (url.href.length > 2048) throw new UsageError(`--report-url is ${url.href.length} characters long: give one of at most 2048`);
  return url.href.replaceAll("(", "%28").replaceAll(")", "%29");
}

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
