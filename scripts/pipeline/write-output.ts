import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { GeneratedFile } from "../emit/client.js";

/** Paths (relative to `outputDir`) whose bytes on disk differ from `files`: changed, missing or extra. */
export async function staleFiles(outputDir: string, files: readonly GeneratedFile[]): Promise<string[]> {
  const onDisk = new Set(await listFiles(outputDir));
  const stale: string[] = [];
  for (const file of files) {
    const current = onDisk.delete(file.path) ? await readFile(join(outputDir, file.path), "utf8") : undefined;
    if (current !== file.content) stale.push(file.path);
  }
  return [...stale, ...onDisk].sort();
}

/**
 * Replaces `outputDir` with exactly `files`: they are written to a sibling temporary folder
 * first and swapped in by rename, so a failure at any point leaves the previous output whole.
 */
export async function writeOutput(outputDir: string, files: readonly GeneratedFile[]): Promise<void> {
  // Unique per call, so two writers of one folder never share a staging folder.
  const suffix = `${process.pid}-${randomBytes(6).toString("hex")}`;
  const staging = `${outputDir}.tmp-${suffix}`;
  const retired = `${outputDir}.old-${suffix}`;
  try {
    for (const file of files) {
      const target = join(staging, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeText(target, file.content);
    }
    const hadOutput = await rename(outputDir, retired).then(
      () => true,
      (error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? false : Promise.reject(error)),
    );
    await rename(staging, outputDir).catch(async (error: unknown) => {
      if (hadOutput) await rename(retired, outputDir);
      throw error;
    });
    if (hadOutput) await rm(retired, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** UTF-16 code units encoded and written at a time. */
const WRITE_CHUNK = 1 << 20;

/**
 * `text` to a new file at `path` as UTF-8, a megabyte of text at a time: writeFile would encode
 * all of it into one buffer first (a giant spec's schema.ts and client.ts are 24 M characters
 * each, and that buffer came on top of this thread's peak). A chunk never ends between the two
 * halves of a surrogate pair, which would encode as two U+FFFD.
 */
async function writeText(path: string, text: string): Promise<void> {
  const handle = await open(path, "w");
  try {
    for (let start = 0; start < text.length; ) {
      let end = Math.min(start + WRITE_CHUNK, text.length);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      await handle.writeFile(text.slice(start, end));
      start = end;
    }
  } finally {
    await handle.close();
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

async function listFiles(folder: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) =>
    error.code === "ENOENT" ? [] : Promise.reject(error),
  );
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? listFiles(join(folder, entry.name), path) : Promise.resolve([path]);
    }),
  );
  return nested.flat();
}
