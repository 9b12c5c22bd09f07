/**
 * scripts/generate.ts, watch.ts and spec-diff.ts are the commands' modules and still run on their
 * own (`node --import tsx scripts/generate.ts`, as tests, the bench and older habits do). Run so,
 * they hand their argv to the CLI; imported by it, they do nothing at import time.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CommandName } from "./main.js";

export function runIfMain(moduleUrl: string, command: CommandName): void {
  if (!isMainModule(moduleUrl)) return;
  void import("./main.js").then(({ runAndExit }) => runAndExit([command, ...process.argv.slice(2)], { script: true }));
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
