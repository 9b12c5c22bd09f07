/**
 * The client under Deno and Bun: the Modbox client as esbuild bundles it for the browser (plain
 * ESM over fetch) run by each runtime against a server on 127.0.0.1. Both come from npm, and
 * neither needs its install script: the `deno` package's bin.cjs finds the binary in its
 * platform package itself; `bun`'s bin is a placeholder until its postinstall runs, so Bun is
 * run from its platform package (`@oven/bun-<os>-<arch>`) directly.
 *
 * A runtime that is not installed is skipped, unless package.json lists it: then it must run.
 * DENO_BIN / BUN_BIN point at a binary installed some other way.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { REPO } from "../browser/bundle.js";
import { EXPECTED_REPORT, prepareProgram, report, run, type Workspace } from "./program.js";

interface Runtime {
  name: "deno" | "bun";
  /** The command that runs `main` with network access to `host` only. */
  command: (main: string, host: string) => { file: string; args: string[]; env: NodeJS.ProcessEnv };
  userAgent: RegExp;
}

const declared = (() => {
  const manifest = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
  return new Set([...Object.keys(manifest.devDependencies ?? {}), ...Object.keys(manifest.dependencies ?? {})]);
})();

const requireFromRepo = createRequire(join(REPO, "package.json"));

function resolvePackageDir(name: string, from = requireFromRepo): string | undefined {
  try {
    return dirname(from.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

function findDeno(): Runtime | undefined {
  const quiet = { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" };
  // Permissions: the server's host and port only; no env, so this also shows that a client given
  // its token never reads the environment.
  const args = (main: string, host: string) => ["run", "--no-prompt", `--allow-net=${host}`, main];
  const userAgent = /^Deno\//;
  if (process.env.DENO_BIN) {
    const file = process.env.DENO_BIN;
    return { name: "deno", userAgent, command: (main, host) => ({ file, args: args(main, host), env: quiet }) };
  }
  const dir = resolvePackageDir("deno");
  if (dir === undefined) return undefined;
  return { name: "deno", userAgent, command: (main, host) => ({ file: process.execPath, args: [join(dir, "bin.cjs"), ...args(main, host)], env: quiet }) };
}

function findBun(): Runtime | undefined {
  const quiet = { ...process.env, DO_NOT_TRACK: "1", NO_COLOR: "1" };
  const userAgent = /^Bun\//;
  const at = (file: string): Runtime => ({ name: "bun", userAgent, command: (main) => ({ file, args: [main], env: quiet }) });
  if (process.env.BUN_BIN) return at(process.env.BUN_BIN);
  const dir = resolvePackageDir("bun");
  if (dir === undefined) return undefined;
  const arch = process.arch === "arm64" ? "aarch64" : process.arch;
  const platformDir = resolvePackageDir(`@oven/bun-${process.platform}-${arch}`, createRequire(join(dir, "package.json")));
  const file = platformDir === undefined ? undefined : join(platformDir, "bin", "bun");
  return file !== undefined && existsSync(file) ? at(file) : undefined;
}

const runtimes = { deno: findDeno(), bun: findBun() };

describe.each(Object.entries(runtimes))("under %s", (name, runtime) => {
  let workspace: Workspace | undefined;
  afterEach(async () => {
    await workspace?.close();
    workspace = undefined;
  });

  if (runtime === undefined && declared.has(name)) {
    it("is installed", () => {
      throw new Error(`package.json lists "${name}" but its binary was not found: reinstall (npm ci), or set ${name.toUpperCase()}_BIN`);
    });
    return;
  }

  it.skipIf(runtime === undefined)("the bundled Modbox client returns the typed body and raises a typed 403", async () => {
    if (runtime === undefined) return;
    workspace = await prepareProgram("browser");
    const { file, args, env } = runtime.command(workspace.main, new URL(workspace.server.url).host);
    const result = await run(file, args, { cwd: workspace.dir, env });

    expect(report(result)).toEqual({ runtime: expect.stringMatching(runtime.userAgent), ...EXPECTED_REPORT });
    expect(workspace.server.requests.map((request) => [request.method, request.url, request.headers.authorization])).toEqual([
      ["PUT", "/workspaces/ws_1/members/usr_2", "Bearer tok_runtime"],
      ["PUT", "/workspaces/ws_1/members/usr_3", "Bearer tok_runtime"],
    ]);
  });
});
