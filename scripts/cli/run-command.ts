/**
 * Runs one command: parses its flags from its option table, shows its help, and turns what it
 * throws into a message and an exit code. The CLI (main.ts) calls it once it has found the
 * command; a command's own script (scripts/generate.ts run by node) calls it through entry.ts,
 * so that no command module imports the CLI that imports it.
 */
import { readFileSync } from "node:fs";
import { ConfigError } from "../clients.js";
import { shouldColour } from "./colour.js";
import { type Command, parseCommandArgs, renderHelp, UsageError } from "./command.js";
import { limitHeapGrowth } from "./heap-growth.js";
import { renderConfigError } from "./issues.js";
import { writeAll } from "./output.js";

export type CommandName = "generate" | "check" | "watch" | "diff";

export const BIN = "api-clients";

/** The npm script each command also answers to: help and errors name it when that is how it was run. */
const NPM_SCRIPTS: Partial<Record<CommandName, { script: string; usage: string }>> = {
  generate: { script: "generate", usage: "npm run generate --" },
  watch: { script: "watch", usage: "npm run watch --" },
  diff: { script: "spec:diff", usage: "npm run -s spec:diff --" },
};

export interface RunOptions {
  /** Run as scripts/<command>.ts rather than through the bin. */
  script?: boolean;
}

/** Runs `command` on its arguments; resolves to the exit code. */
export async function runCommand(name: CommandName, command: Command, argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const { usage, label } = invocation(name, options.script === true);
  limitHeapGrowth();
  try {
    const parsed = parseCommandArgs(command, argv);
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

/** How the user called the command: `npm run -s spec:diff --` through npm (or the script itself), else `api-clients diff`. */
function invocation(name: CommandName, script: boolean): { usage: string; label: string } {
  const npm = NPM_SCRIPTS[name];
  if (npm !== undefined && (script || process.env.npm_lifecycle_event === npm.script)) return { usage: npm.usage, label: npm.script };
  return { usage: `${BIN} ${name}`, label: `${BIN} ${name}` };
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined; // the frame is a bonus; the message still names the key and the file
  }
}

export async function print(stream: NodeJS.WriteStream, text: string, code: number): Promise<number> {
  await writeAll(stream, `${text}\n`);
  return code;
}
