/**
 * `api-clients <command> [options]`: finds the command, parses its flags from its own option
 * table, runs it, and turns what it throws into a message and an exit code. Each command's
 * module is loaded only when it is the one asked for, so `--help` starts no generator.
 *
 * Exit codes: 0 success; 1 the user's input is wrong in a way the command reports (a spec error,
 * stale files, breaking changes); 2 a bad command line, a bad clients.config.json, or our bug.
 */
import { readFileSync } from "node:fs";
import { closestName } from "../pipeline/config.js";
import type { Command } from "./command.js";
import { BIN, type CommandName, print, type RunOptions, runCommand } from "./run-command.js";

export type { CommandName, RunOptions };

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
  return runCommand(name, await COMMANDS[name].load(), rest, options);
}

/** For the bin and the scripts: run, let the output drain, exit with the code. */
export async function runAndExit(argv: readonly string[], options: RunOptions = {}): Promise<never> {
  process.exit(await runCli(argv, options));
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
