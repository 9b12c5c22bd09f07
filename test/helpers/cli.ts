import { execFile } from "node:child_process";
import { resolve } from "node:path";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");
const TSX = resolve(REPO_ROOT, "node_modules/.bin/tsx");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a repository script (e.g. `scripts/generate.ts`) the way `npm run -s` would, and captures everything. */
export function runScript(script: string, args: string[], cwd = REPO_ROOT): Promise<CliResult> {
  return new Promise((done) => {
    execFile(TSX, [resolve(REPO_ROOT, script), ...args], { cwd, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}
