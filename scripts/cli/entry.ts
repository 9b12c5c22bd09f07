/**
 * scripts/generate.ts, watch.ts and spec-diff.ts are the commands' modules and still run on their
 * own (`node --import tsx scripts/generate.ts`, as tests, the bench and older habits do). Run so,
 * they run their command as the CLI would; imported by it, they do nothing at import time. The
 * command is handed over, not looked up in the CLI: a command module that imported the CLI that
 * loads it would be an import cycle.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Command } from "./command.js";
import { type CommandName, runCommand } from "./run-command.js";

export function runIfMain(moduleUrl: string, name: CommandName, command: Command): void {
  if (!isMainModule(moduleUrl)) return;
  void runCommand(name, command, process.argv.slice(2), { script: true }).then((code) => process.exit(code));
}

function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false; // argv[1] is not a file (node -e, a REPL): not run as a script
  }
}
