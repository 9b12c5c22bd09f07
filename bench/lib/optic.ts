// Optic (`@useoptic/optic`), the tool the spec-diff section measures ours against: its install,
// how it is run, and what the bench reads from its output.
import { execFile } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { record } from "../../scripts/document/json.js";
import { resolve } from "../../scripts/document/refs.js";
import { walkNodes } from "../../scripts/document/walk-nodes.js";
import { CACHE, readVersion, REPO } from "./env.js";
import { log, type Measured, tail } from "./proc.js";
import { summarize } from "./stats.js";

const exec = promisify(execFile);
const rel = (path: string) => relative(REPO, path);

export const OPTIC_VERSION = "1.0.9";
export const OPTIC_DIR = join(CACHE, "optic");
export const OPTIC_CLI = join(OPTIC_DIR, "node_modules/@useoptic/optic/build/index.js");
/**
 * Optic pins ajv 8.17.1, @stoplight/spectral-core (its dependency) takes the newest 8.x, and npm
 * nests that second copy under spectral-core while ajv-errors, hoisted, uses Optic's: the two
 * copies' code generators mix and every `optic` command dies at start-up ("Error compiling schema
 * … SyntaxError: Unexpected token ':'"). One ajv for the whole install (npm `overrides`) fixes it.
 */
export const OPTIC_AJV = "8.17.1";
/** Optic's telemetry (Segment, Sentry) and update check stay off: no network in a timed run. */
export const OPTIC_ENV = { OPTIC_TELEMETRY_LEVEL: "off", NO_UPDATE_NOTIFIER: "1", NO_COLOR: "1", FORCE_COLOR: "0" };
/** How long one Optic run on the large pair may take before it is stopped (BENCH_OPTIC_TIMEOUT_S overrides). */
export const OPTIC_CAP_MS = Number(process.env.BENCH_OPTIC_TIMEOUT_S ?? 120) * 1000;

/** Installs @useoptic/optic into bench/.cache/optic (once, not timed), with a single ajv. */
export async function ensureOptic(): Promise<void> {
  const installed = await readVersion(join(OPTIC_DIR, "node_modules/@useoptic/optic/package.json"));
  const ajv = await readVersion(join(OPTIC_DIR, "node_modules/ajv/package.json"));
  const nestedAjv = existsSync(join(OPTIC_DIR, "node_modules/@stoplight/spectral-core/node_modules/ajv"));
  if (installed === OPTIC_VERSION && ajv === OPTIC_AJV && !nestedAjv && existsSync(OPTIC_CLI)) return;
  log(`installing @useoptic/optic@${OPTIC_VERSION} into ${rel(OPTIC_DIR)} (once; not timed)`);
  await rm(OPTIC_DIR, { recursive: true, force: true });
  await mkdir(OPTIC_DIR, { recursive: true });
  const manifest = { name: "bench-optic", private: true, dependencies: { "@useoptic/optic": OPTIC_VERSION }, overrides: { ajv: OPTIC_AJV } };
  await writeFile(join(OPTIC_DIR, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await exec("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: OPTIC_DIR,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
  if ((await readVersion(join(OPTIC_DIR, "node_modules/@useoptic/optic/package.json"))) !== OPTIC_VERSION) {
    throw new Error(`npm install did not produce @useoptic/optic@${OPTIC_VERSION} in ${rel(OPTIC_DIR)}`);
  }
}

/**
 * Loaded into Optic's process with --require: counts whole-document YAML parses (Optic's
 * sourcemap reader parses the spec file with yaml-ast-parser to map pointers to lines). It only
 * writes one stderr line per parse, each of which takes hundreds of milliseconds on this spec.
 */
export const PARSE_COUNTER = `const Module = require("module");
const original = Module.prototype.require;
Module.prototype.require = function (id) {
  const loaded = original.apply(this, arguments);
  if (id === "yaml-ast-parser" && !loaded.__benchCounted) {
    const safeLoad = loaded.safeLoad;
    loaded.safeLoad = function (text, ...rest) {
      const started = Date.now();
      try { return safeLoad.call(this, text, ...rest); }
      finally { process.stderr.write("[bench-yaml-parse] " + String(text).length + " " + (Date.now() - started) + "\\n"); }
    };
    loaded.__benchCounted = true;
  }
  return loaded;
};
`;

/** Properties (and their `required` entries) in `allOf` members, local `$ref`s followed: what Optic merges one by one. */
export async function allOfMerges(file: string): Promise<number> {
  const document = JSON.parse(await readFile(file, "utf8")) as unknown;
  let total = 0;
  walkNodes(document, ({ node }) => {
    const allOf = Array.isArray(node) ? undefined : (node as Record<string, unknown>).allOf;
    for (const member of Array.isArray(allOf) ? allOf.map((part) => resolve(document, part)) : []) {
      const properties = Object.keys(record(member.properties));
      const required = Array.isArray(member.required) ? member.required : [];
      total += properties.length + required.filter((name) => properties.includes(String(name))).length;
    }
    return undefined;
  });
  return total;
}

export interface Parses {
  count: number;
  /** Of the parses of a file as large as the base spec (± 1 %). */
  whole: number;
  medianMs: number | undefined;
}

export function parsesIn(stderr: string, file: string): Parses {
  const size = statSync(file).size;
  const parses = [...stderr.matchAll(/^\[bench-yaml-parse\] (\d+) (\d+)$/gm)].map((match) => ({ chars: Number(match[1]), ms: Number(match[2]) }));
  const whole = parses.filter((parse) => Math.abs(parse.chars - size) / size < 0.01);
  return { count: parses.length, whole: whole.length, medianMs: whole.length > 0 ? summarize(whole.map((parse) => parse.ms)).median : undefined };
}

/** What Optic said, minus the parse counter's lines. */
export const opticOutput = (run: Measured) =>
  tail(
    `${run.stderr}\n${run.stdout}`
      .split("\n")
      .filter((line) => !line.startsWith("[bench-yaml-parse]"))
      .join("\n"),
    6,
  );
