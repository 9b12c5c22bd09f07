// CLI only: flags → pipeline → exit code, for `api-clients generate` and `api-clients check`.
// Stages live in scripts/pipeline/, the wording of errors, progress and summaries in scripts/cli/.
// Human output goes to stderr, so that `npm run -s generate` leaves stdout clean: only --json
// writes there.
import { isAbsolute, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, clientForSpec, listClients, runtimeImportFor } from "./clients.js";
import { shouldColour } from "./cli/colour.js";
import { type Command, defineCommand, HELP_OPTION, type OptionTable, UsageError } from "./cli/command.js";
import { runIfMain } from "./cli/entry.js";
import { configIssues, type IssueJson, issueJson, renderIssues, sourceReader } from "./cli/issues.js";
import { writeAll } from "./cli/output.js";
import { Progress } from "./cli/progress.js";
import { type RunResult, resultJson, type SpecResult, specLine, summaryLine } from "./cli/run-result.js";
import type { ClientConfig } from "./pipeline/config.js";
import type { GenerateProgress } from "./pipeline/generate-client.js";
import type { GeneratedFile } from "./emit/client.js";
import { SpecError, type SpecIssue } from "./pipeline/spec-error.js";
import { startTypesWorker } from "./pipeline/types-emitter.js";
import { staleFiles, writeOutput } from "./pipeline/write-output.js";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");

const SHARED_OPTIONS = {
  spec: {
    type: "string",
    arg: "FILE",
    description: "one client from FILE (YAML or JSON, one file or several joined by relative $refs), written anywhere",
    defaultText: "every client in clients.config.json and every spec in specs/",
  },
  out: { type: "string", arg: "DIR", description: "output folder for --spec", defaultText: "the spec's clients.config.json entry, else generated/<file name>" },
  name: {
    type: "string",
    arg: "NAME",
    description: "client class name for --spec",
    defaultText: "the spec's clients.config.json entry, else from the file name",
  },
  quiet: { type: "boolean", short: "q", description: "print errors only" },
  json: {
    type: "boolean",
    description: "print one JSON object on stdout: specs, operations, files, durationMs, errors (and warnings, when there are any)",
  },
  strict: { type: "boolean", description: "make warnings errors: exit 1 and write nothing when a spec has any (for CI where the spec is yours)" },
  help: HELP_OPTION,
} as const satisfies OptionTable;

const EXIT_CODES = [
  "Warnings (a spec problem other generators accept; each says what was done instead) do not fail a run",
  "unless --strict is given; they are printed to stderr with their place and counted in the summary.",
  "",
  "Exit codes: 0 done, 1 a spec error (nothing is written) or stale files (check),",
  "            2 a bad option, a bad clients.config.json or an internal error.",
].join("\n");

export const generateCommand = defineCommand({
  usage: ["[options]"],
  description:
    "Generates a typed client for every spec in specs/ (named and placed as clients.config.json says), or\nfor one spec with --spec. Files are written only when their bytes change, all of a client's at once.",
  options: {
    check: { type: "boolean", description: "write nothing: exit 1 and name each stale file (the same as `check`)" },
    ...SHARED_OPTIONS,
  },
  epilogue: EXIT_CODES,
  run: ({ values }) => generate(values, values.check ? "check" : "generate"),
});

export const checkCommand = defineCommand({
  usage: ["[options]"],
  description:
    "Checks that generated code is exactly what the specs produce, byte for byte, writing nothing: exit 1\nand name each stale file (changed, missing or extra). CI runs it.",
  options: SHARED_OPTIONS,
  epilogue: EXIT_CODES,
  run: ({ values }) => generate(values, "check"),
});

interface Flags {
  spec?: string;
  out?: string;
  name?: string;
  quiet: boolean;
  json: boolean;
  strict: boolean;
}

interface Generated {
  client: ClientConfig;
  files: GeneratedFile[];
  operations: number | null;
  /** Spec problems that did not stop generation. */
  warnings: SpecIssue[];
}

/** One run's settings and clock, shared by the steps below. */
interface Run {
  flags: Flags;
  command: RunResult["command"];
  started: number;
  progress: Progress;
  /** Folder the clients' spec and output paths are relative to. */
  base: string;
}

async function generate(flags: Flags, command: RunResult["command"]): Promise<number> {
  if (flags.spec === undefined && (flags.out !== undefined || flags.name !== undefined))
    throw new UsageError("--out and --name apply to --spec: give the spec as well");
  const human = !flags.quiet && !flags.json;
  const progress = new Progress(process.stderr, human && process.stderr.isTTY === true && process.env.TERM !== "dumb");
  const cwd = process.cwd();
  // Paths in the config are relative to the repository; --spec and --out to the working directory.
  const run: Run = { flags, command, started: performance.now(), progress, base: flags.spec ? cwd : ROOT };
  try {
    const clients = flags.spec ? [await clientForSpec(cwd, resolve(cwd, flags.spec), { name: flags.name, output: flags.out })] : await listClients(ROOT);
    progress.update({ specs: clients.length, stage: "loading the generator" });
    const results = await generateAll(clients, run.base, progress);
    const generated = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    const warnings = generated.flatMap((entry) => entry.warnings);
    // --strict: the warnings are the run's errors, reported and refused as spec errors are.
    const promoted = flags.strict && warnings.length > 0 ? [new SpecError(warnings)] : [];
    const failures = [...promoted, ...results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []))];
    return failures.length > 0 ? await reportFailures(run, generated, failures) : await writeOrCompare(run, generated);
  } catch (error) {
    if (!(error instanceof ConfigError) || !flags.json) throw error; // the CLI shows it, with a frame of the config
    const issues = await configIssues(error, sourceReader()(resolve(error.file)));
    return finish(run, { command, specs: [], errors: issues.map(issueJson) }, 2);
  } finally {
    progress.stop();
  }
}

/** Nothing is written when any spec fails: the issues, each with a frame of its file. */
async function reportFailures(run: Run, generated: readonly Generated[], failures: readonly unknown[]): Promise<number> {
  const { issues, others } = describeFailures(failures, run.base);
  const read = sourceReader();
  const rendered = renderIssues(issues, { colour: shouldColour(process.stderr, process.env), sourceOf: (issue) => read(resolve(run.base, issue.file)) });
  const errors: IssueJson[] = [...issues.map(issueJson), ...others.map((message) => ({ file: null, line: null, column: null, pointer: null, message }))];
  const specs = generated.map((entry) => specResult(entry, run.command));
  // Under --strict the warnings are among the errors already.
  const warnings = run.flags.strict ? [] : generated.flatMap((entry) => entry.warnings);
  const text = [renderWarnings(run, warnings), rendered, ...others].filter((part) => part !== "").join("\n");
  return finish(run, { command: run.command, specs, errors, warnings: warnings.map(issueJson) }, others.length > 0 ? 2 : 1, text);
}

/** generate: writes each client whose bytes changed. check: only compares. */
async function writeOrCompare(run: Run, generated: readonly Generated[]): Promise<number> {
  const specs: SpecResult[] = [];
  for (const entry of generated) {
    const outputDir = resolve(run.base, entry.client.output);
    run.progress.update({ stage: `${run.command === "check" ? "comparing" : "writing"} ${entry.client.output}` });
    const changed = await staleFiles(outputDir, entry.files);
    if (run.command === "generate" && changed.length > 0) await writeOutput(outputDir, entry.files);
    specs.push(specResult(entry, run.command, changed));
  }
  const stale = specs.some((spec) => spec.stale.length > 0);
  // Stale files are check's error: named even with --quiet.
  const lines = run.flags.quiet ? specs.filter((spec) => spec.stale.length > 0) : specs;
  const warnings = generated.flatMap((entry) => entry.warnings);
  const text = [renderWarnings(run, warnings), lines.map((spec) => specLine(spec, run.command, shouldColour(process.stderr, process.env))).join("")]
    .filter((part) => part !== "")
    .join("\n");
  return finish(
    run,
    { command: run.command, specs, errors: [], warnings: warnings.map(issueJson) },
    stale ? 1 : 0,
    run.flags.json ? undefined : text || undefined,
  );
}

/** Warnings as errors are shown (place, message, code frame), marked `warning:`; nothing with --quiet or --json. */
function renderWarnings(run: Run, warnings: readonly SpecIssue[]): string {
  if (run.flags.quiet || run.flags.json || warnings.length === 0) return "";
  const read = sourceReader();
  const colour = shouldColour(process.stderr, process.env);
  return `${renderIssues(warnings, { colour, severity: "warning", sourceOf: (issue) => read(resolve(run.base, issue.file)) })}\n`;
}

/** Ends every run: the JSON object, or what happened (per client, or the errors) and the summary line on stderr. */
async function finish(run: Run, result: Omit<RunResult, "durationMs">, code: number, text?: string): Promise<number> {
  run.progress.stop();
  const done: RunResult = { ...result, durationMs: Math.round(performance.now() - run.started) };
  if (run.flags.json) {
    await writeAll(process.stdout, `${JSON.stringify(resultJson(done), null, 2)}\n`);
    return code;
  }
  const summary = run.flags.quiet ? "" : `${summaryLine(done)}\n`;
  process.stderr.write(`${text === undefined ? "" : `${text.replace(/\n$/, "")}\n`}${summary}`);
  return code;
}

/** Every client at once (the types worker and this thread overlap); all settle before any is judged. */
async function generateAll(clients: readonly ClientConfig[], base: string, progress: Progress): Promise<PromiseSettledResult<Generated>[]> {
  // The worker starts loading openapi-typescript now, while this thread loads the rest.
  const worker = startTypesWorker();
  const { generateClient } = await import("./pipeline/generate-client.js");
  const generateOne = async (client: ClientConfig): Promise<Generated> => {
    const runtimeImport = await runtimeImportFor(ROOT, resolve(base, client.output));
    const entry: Generated = { client, files: [], operations: null, warnings: [] };
    const onProgress = (step: GenerateProgress) => {
      if (step.stage === "validating") return progress.update({ stage: `validating ${shownPath(client.spec)}` });
      entry.operations = step.operations;
      progress.update({ stage: `emitting types for ${shownPath(client.spec)}`, operations: progress.current.operations + step.operations });
    };
    const { files, warnings } = await generateClient(client, { cwd: base, runtimeImport, types: worker, onProgress });
    entry.files = files;
    entry.warnings = warnings;
    progress.update({ specsDone: progress.current.specsDone + 1, stage: `generated ${shownPath(client.spec)}` });
    return entry;
  };
  try {
    return await Promise.allSettled(clients.map(generateOne));
  } finally {
    await worker.close();
  }
}

/**
 * Spec errors are the user's: their issues, located (exit 1). A missing file: one line. Anything
 * else is our bug: the stack. Both exit 2, as before there was a CLI around them.
 */
function describeFailures(failures: readonly unknown[], base: string): { issues: SpecIssue[]; others: string[] } {
  const issues: SpecIssue[] = [];
  const others: string[] = [];
  for (const failure of failures) {
    const errno = failure as NodeJS.ErrnoException;
    if (failure instanceof SpecError) issues.push(...failure.issues);
    else if (errno?.code === "ENOENT" && typeof errno.path === "string") others.push(`${relative(base, errno.path) || errno.path}: no such file`);
    else others.push(failure instanceof Error ? (failure.stack ?? failure.message) : String(failure));
  }
  return { issues, others };
}

/** A client's outcome; without `changed` (the run failed elsewhere) nothing was compared, so no file is listed. */
function specResult(entry: Generated, command: RunResult["command"], changed?: readonly string[]): SpecResult {
  const result: SpecResult = {
    spec: shownPath(entry.client.spec),
    name: entry.client.name,
    output: entry.client.output,
    operations: entry.operations,
    written: [],
    removed: [],
    stale: [],
    unchanged: [],
  };
  if (changed === undefined) return result;
  const produced = new Set(entry.files.map((file) => file.path));
  const differs = new Set(changed);
  result.unchanged = [...produced].filter((path) => !differs.has(path));
  if (command === "check") result.stale = [...changed];
  else {
    result.written = changed.filter((path) => produced.has(path));
    result.removed = changed.filter((path) => !produced.has(path));
  }
  return result;
}

/** A spec path as the user gave it would be: relative to the working directory when inside it. */
function shownPath(path: string): string {
  const fromCwd = relative(process.cwd(), resolve(path));
  return isAbsolute(path) && fromCwd !== "" && !fromCwd.startsWith("..") && !isAbsolute(fromCwd) ? fromCwd.split(sep).join("/") : path;
}

runIfMain(import.meta.url, "generate", generateCommand as Command);
