// Where things are, and the tools outside the repository's dependencies (Node 22, hey-api),
// installed once into bench/.cache so that no timed run includes a download.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { log } from "./proc.js";

const exec = promisify(execFile);

export const REPO = resolve(fileURLToPath(import.meta.url), "../../..");
export const BENCH = join(REPO, "bench");
/** Persistent: the hey-api install. Ignored by bench/.gitignore. */
export const CACHE = join(BENCH, ".cache");
/** Per invocation: generated outputs, consumer projects. Removed at exit. Inside the repo so that our generated client imports src/runtime relatively. */
export const WORK = join(CACHE, "work");

export const GITHUB_SPEC = join(REPO, "node_modules/@octokit/openapi/generated/api.github.com.json");
export const TSX = join(REPO, "node_modules/.bin/tsx");
export const TSC = join(REPO, "node_modules/typescript/bin/tsc");
export const OTS_CLI = join(REPO, "node_modules/openapi-typescript/bin/cli.js");

export const HEYAPI_VERSION = "0.99.0";
/** TypeScript for hey-api's own use; pinned to the repository's, since a bare install picks TypeScript 7, which has no JS API and crashes hey-api 0.99.0. */
const HEYAPI_TYPESCRIPT = "5.9.3";
const HEYAPI_DIR = join(CACHE, "heyapi");
export const HEYAPI_CLI = join(HEYAPI_DIR, "node_modules/@hey-api/openapi-ts/bin/run.js");

/** Node 22's binary, resolved through npx once (npx caches it); hey-api 0.99.0 needs Node ≥ 22.18. */
export async function resolveNode22(): Promise<{ path: string; version: string }> {
  const { stdout } = await exec("npx", ["-y", "-p", "node@22", "node", "-p", "process.execPath + ' ' + process.version"], {
    cwd: CACHE,
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
  const [path, version] = stdout.trim().split("\n").at(-1)?.split(" ") ?? [];
  if (path === undefined || !existsSync(path) || !version?.startsWith("v22."))
    throw new Error(`could not resolve Node 22 through npx (got "${stdout.trim()}")`);
  return { path, version };
}

/** Installs @hey-api/openapi-ts into bench/.cache/heyapi unless that exact version is there already. */
export async function ensureHeyApi(): Promise<void> {
  const installed = await readVersion(join(HEYAPI_DIR, "node_modules/@hey-api/openapi-ts/package.json"));
  const typescript = await readVersion(join(HEYAPI_DIR, "node_modules/typescript/package.json"));
  if (installed === HEYAPI_VERSION && typescript === HEYAPI_TYPESCRIPT && existsSync(HEYAPI_CLI)) return;
  log(`installing @hey-api/openapi-ts@${HEYAPI_VERSION} into ${HEYAPI_DIR} (once; not timed)`);
  await mkdir(HEYAPI_DIR, { recursive: true });
  await writeFile(join(HEYAPI_DIR, "package.json"), `${JSON.stringify({ name: "bench-heyapi", private: true }, null, 2)}\n`);
  await exec(
    "npm",
    [
      "install",
      "--prefix",
      HEYAPI_DIR,
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
      `@hey-api/openapi-ts@${HEYAPI_VERSION}`,
      `typescript@${HEYAPI_TYPESCRIPT}`,
    ],
    { cwd: HEYAPI_DIR, maxBuffer: 16 * 1024 * 1024 },
  );
  if ((await readVersion(join(HEYAPI_DIR, "node_modules/@hey-api/openapi-ts/package.json"))) !== HEYAPI_VERSION) {
    throw new Error(`npm install did not produce @hey-api/openapi-ts@${HEYAPI_VERSION} in ${HEYAPI_DIR}`);
  }
}

export async function readVersion(packageJson: string): Promise<string | undefined> {
  try {
    return (JSON.parse(await readFile(packageJson, "utf8")) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

export function repoPackageVersion(name: string): Promise<string | undefined> {
  return readVersion(join(REPO, "node_modules", name, "package.json"));
}

export async function heyApiVersion(): Promise<string | undefined> {
  return readVersion(join(HEYAPI_DIR, "node_modules/@hey-api/openapi-ts/package.json"));
}

/** The commit measured, and whether scripts/ or src/ differ from it (read-only git). */
export async function gitState(): Promise<string> {
  try {
    const head = (await exec("git", ["rev-parse", "--short", "HEAD"], { cwd: REPO })).stdout.trim();
    // Porcelain lines are "XY path": the status columns may start with a space, so no trim() before slicing.
    const lines = (await exec("git", ["status", "--porcelain", "--", "scripts", "src", "generated", "specs", "package.json"], { cwd: REPO })).stdout
      .split("\n")
      .filter((line) => line.length > 3);
    return lines.length === 0 ? head : `${head} + uncommitted changes in ${[...new Set(lines.map((line) => line.slice(3).split("/")[0]))].join(", ")}`;
  } catch {
    return "unknown (git unavailable)";
  }
}

/**
 * A hash of everything that decides what is measured (generator, runtime, specs, config), taken
 * at the start and the end of a run: when they differ, the code changed while it was measured.
 */
export async function codeFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const dir of ["scripts", "src", "specs"]) {
    const entries = await readdir(join(REPO, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  files.push(...["package.json", "clients.config.json", "tsconfig.json"].map((file) => join(REPO, file)));
  for (const file of files.sort()) {
    hash.update(file);
    hash.update(await readFile(file).catch(() => Buffer.alloc(0)));
  }
  return hash.digest("hex").slice(0, 12);
}
