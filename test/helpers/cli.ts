import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");
/**
 * What `node --import tsx` loads (package.json's scripts run so), by absolute URL so that it
 * resolves from any working directory. Not the `tsx` command: it starts a second Node process
 * to run the script in, which cost each run a third of a second of CPU (4.4 s against 4.1 for a generate run).
 */
export const TSX_LOADER = pathToFileURL(resolve(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a repository script (e.g. `scripts/generate.ts`) the way `npm run -s` would (`node --import tsx`), and captures everything. */
export function runScript(script: string, args: string[], cwd = REPO_ROOT, timeout = 60_000): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, ["--import", TSX_LOADER, resolve(REPO_ROOT, script), ...args], { cwd, timeout }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

export const BIN = resolve(REPO_ROOT, "bin/api-clients.js");

/**
 * The environment a new user's shell would give the CLI: none of the colour variables or npm's
 * of whatever runs the tests (vitest under `npm test` sets npm_lifecycle_event), plus `extra`.
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === "NO_COLOR" || key === "FORCE_COLOR" || key.startsWith("npm_")) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/** `node bin/api-clients.js …` as a user runs it: from `cwd` (the repository root unless told), stdout and stderr apart. */
export function runBin(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: options.cwd ?? REPO_ROOT, env: userEnv(options.env), timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
