/**
 * `api-clients <command> [options]`: finds the command, parses its flags from its own option
 * table, runs it, and turns what it throws into a message and an exit code. Each command's
 * module is loaded only when it is the one asked for, so `--help` starts no generator.
 *
 * Exit codes: 0 success; 1 the user's input is wrong in a way the command reports (a spec error,
 * stale files, breaking changes); 2 a bad command line, a bad clients.config.json, or our bug.
 */
import { readFileSync } from "node:fs";
import { ConfigError } from "../clients.js";
import { closestName } from "../pipeline/config.js";
import { shouldColour } from "./colour.js";
import { type Command, parseCommandArgs, renderHelp, UsageError } from "./command.js";
import { renderConfigError } from "./issues.js";
import { writeAll } from "./output.js";

export type CommandName = "generate" | "check" | "watch" | "diff";

const COMMANDS: Record<CommandName, { summary: string; load(): Promise<Command> }> = {
  generate: {
    summary: "write every client (or one, with --spec) from its spec",
    load: async () => (await import("../generate.js")).generateCommand as Command,
  },
  check: {
    summary: "exit 1 and name each file when generated code is not what the specs produce",
    load: async () => (await import("../generate.js")).checkCommand as Command,
  },
  watch: { summary: "regenerate a client each time its spec changes", load: async () => (await import("../watch.js")).watchCommand as Command },
  diff: {
    summary: "what changed between two versions of a spec: breaking changes, SDK impact, version bump",
    load: async () => (await import("../spec-diff.js")).diffCommand as Command,
  },
};

/** The npm script each command also answers to: help and errors name it when that is how it was run. */
const NPM_SCRIPTS: Partial<Record<CommandName, { script: string; usage: string }>> = {
  generate: { script: "generate", usage: "npm run generate --" },
  watch: { script: "watch", usage: "npm run watch --" },
  diff: { script: "spec:diff", usage: "npm run -s spec:diff --" },
};

const BIN = "api-clients";

export interface RunOptions {
  /** Run as scripts/<command>.ts rather than through the bin. */
  script?: boolean;
}

/** Runs the CLI; resolves to the exit code. Never calls process.exit (see runAndExit). */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "-h" || first === "--help") return print(process.stdout, topHelp(), 0);
  if (first === "-v" || first === "--version") return print(process.stdout, version(), 0);
  if (first === undefined) return print(process.stderr, `${BIN}: give a command\n\n${topHelp()}`, 2);
  if (!Object.hasOwn(COMMANDS, first)) {
    const suggestion = closestName(first, Object.keys(COMMANDS));
    const what = first.startsWith("-") ? `unknown option ${first}` : `unknown command "${first}"`;
    return print(process.stderr, `${BIN}: ${what}${suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`}\n\n${topHelp()}`, 2);
  }
  const name = first as CommandName;
  const { usage, label } = invocation(name, options.script === true);
  const command = await COMMANDS[name].load();
  try {
    const parsed = parseCommandArgs(command, rest);
    if ((parsed.values as Record<string, unknown>).help === true) return print(process.stdout, renderHelp(command, usage), 0);
    return await command.run(parsed, usage);
  } catch (error) {
    if (error instanceof UsageError) return print(process.stderr, `${label}: ${error.message}\n\n${renderHelp(command, usage)}`, 2);
    if (error instanceof ConfigError)
      return print(process.stderr, await renderConfigError(error, readText(error.file), shouldColour(process.stderr, process.env)), 2);
    // Not the user's doing: the stack, for a bug report.
    return print(process.stderr, `${label}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, 2);
  }
}

/** For the bin and the scripts: run, let the output drain, exit with the code. */
export async function runAndExit(argv: readonly string[], options: RunOptions = {}): Promise<never> {
  process.exit(await runCli(argv, options));
}

/** How the user called the command: `npm run -s spec:diff --` through npm (or the script itself), else `api-clients diff`. */
function invocation(name: CommandName, script: boolean): { usage: string; label: string } {
  const npm = NPM_SCRIPTS[name];
  if (npm !== undefined && (script || process.env.npm_lifecycle_event === npm.script)) return { usage: npm.usage, label: npm.script };
  return { usage: `${BIN} ${name}`, label: `${BIN} ${name}` };
}

function topHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 3;
  return [
    `Usage: ${BIN} <command> [options]`,
    "",
    "Typed TypeScript clients from OpenAPI documents: generate them, keep them in sync, diff the specs.",
    "",
    "Commands:",
    ...Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}${summary}`),
    "",
    "Options:",
    "  -h, --help      show this help (default: false)",
    "  -v, --version   print the version (default: false)",
    "",
    `Run \`${BIN} <command> --help\` for a command's options.`,
  ].join("\n");
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // the frame is a bonus; the message still names the key and the file
  }
}

async function print(stream: NodeJS.WriteStream, text: string, code: number): Promise<number> {
  await writeAll(stream, `${text}\n`);
  return code;
}
