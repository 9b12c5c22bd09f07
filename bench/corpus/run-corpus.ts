// The corpus run proper: every document through our generator and openapi-typescript in one
// worker, their outputs type-checked in batches in another (so generation and checking overlap
// on two cores), each result attributed to its document.
import { join } from "node:path";
import { log } from "../lib/proc.js";
import type { BatchDiagnostics, BatchEntry } from "./check-batch.js";
import type { CorpusDocument } from "./directory.js";
import { CLIENT_DIR } from "./generate-adapter.js";
import { GuardedWorker, type Limits } from "./guarded-worker.js";
import type { DocumentRecord, ToolRecord } from "./outcomes.js";

export interface RunOptions {
  /** Clients (ours and openapi-typescript's count separately) per TypeScript program. */
  batch: number;
  /** A batch is also closed once it holds this much generated source (UTF-16 code units). */
  batchBytes: number;
  /** A client this large is checked alone, after all others: its check may take minutes or hit a limit. */
  giantBytes: number;
  generate: Limits;
  check: Limits;
}

type Tool = "ours" | "ots";
const OTS_DIR = join(CLIENT_DIR, "..", "ots");

export async function runCorpus(documents: readonly CorpusDocument[], options: RunOptions): Promise<DocumentRecord[]> {
  const generator = new GuardedWorker(options.generate);
  const checker = new GuardedWorker(options.check);
  const records: DocumentRecord[] = [];
  const giants: BatchEntry[] = [];
  let pending: BatchEntry[] = [];
  let pendingBytes = 0;
  let checking: Promise<void> = Promise.resolve();
  const flush = async () => {
    const entries = pending;
    pending = [];
    pendingBytes = 0;
    // One batch checked at a time: the next one is generated meanwhile, and memory stays bounded.
    await checking;
    checking = checkEntries(checker, entries, records);
  };
  try {
    for (const [index, document] of documents.entries()) {
      const record: DocumentRecord = { document, ours: await generate(generator, "ours", document), ots: await generate(generator, "ots", document) };
      records.push(record);
      log(
        `${index + 1}/${documents.length} ${document.id} (${(document.bytes / 1e6).toFixed(1)} MB): ours ${summary(record.ours)}, openapi-typescript ${summary(record.ots)}`,
      );
      for (const tool of ["ours", "ots"] as const) {
        const files = generatedFiles.get(record[tool]);
        if (files === undefined) continue;
        const entry = { key: `${tool}:${records.length - 1}`, dir: join(tool === "ours" ? CLIENT_DIR : OTS_DIR, String(index)), files };
        const bytes = files.reduce((sum, file) => sum + file.content.length, 0);
        if (bytes >= options.giantBytes) giants.push(entry);
        else {
          pending.push(entry);
          pendingBytes += bytes;
        }
      }
      if (pending.length >= options.batch || pendingBytes >= options.batchBytes) await flush();
    }
    await flush();
    await checking;
    for (const giant of giants) await checkEntries(checker, [giant], records);
  } finally {
    await Promise.all([generator.close(), checker.close()]);
  }
  return records;
}

/** Generated files stay here until their batch is checked; the record keeps only their size. */
const generatedFiles = new WeakMap<ToolRecord, BatchEntry["files"]>();

async function generate(worker: GuardedWorker, tool: Tool, document: CorpusDocument): Promise<ToolRecord> {
  const run = await worker.run({ kind: tool, specPath: document.path });
  const record: ToolRecord = { outcome: "generation failed", generateMs: run.ms, outputBytes: 0, details: [], warnings: [] };
  if (!run.ok) return { ...record, details: [run.failure] };
  const result = run.result;
  if (result.outcome === "refused") return { ...record, outcome: "refused", details: result.reasons };
  if (result.outcome === "crashed") return { ...record, details: result.reasons };
  const files = "files" in result ? result.files : [{ path: "schema.ts", content: result.content }];
  const warnings = "warnings" in result ? result.warnings : [];
  const generated: ToolRecord = {
    ...record,
    outcome: warnings.length > 0 ? "with warnings" : "clean",
    outputBytes: files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0),
    warnings,
  };
  generatedFiles.set(generated, files);
  return generated;
}

async function checkEntries(checker: GuardedWorker, entries: BatchEntry[], records: DocumentRecord[]): Promise<void> {
  if (entries.length === 0) return;
  const run = await checker.run({ kind: "check", entries });
  log(`checked ${entries.length} client(s) in ${(run.ms / 1000).toFixed(1)} s${run.ok ? "" : `: ${run.failure}`}`);
  if (run.ok) return attribute(run.result, records);
  // A batch over its limits: each client alone, so that only the one at fault is marked.
  if (entries.length > 1) {
    for (const entry of entries) await checkEntries(checker, [entry], records);
    return;
  }
  const [entry] = entries;
  if (entry !== undefined) setChecked(records, entry.key, { outcome: "check failed", details: [run.failure] });
}

function attribute(diagnostics: BatchDiagnostics, records: DocumentRecord[]): void {
  for (const [key, found] of Object.entries(diagnostics)) if (found.length > 0) setChecked(records, key, { outcome: "type errors", details: found });
}

function setChecked(records: DocumentRecord[], key: string, change: Pick<ToolRecord, "outcome" | "details">): void {
  const [tool, index] = key.split(":") as [Tool, string];
  const record = records[Number(index)];
  if (record === undefined) return;
  record[tool] = { ...record[tool], ...change };
  log(`${record.document.id}: ${tool === "ours" ? "ours" : "openapi-typescript"} ${change.outcome}: ${change.details[0] ?? ""}`);
}

function summary(record: ToolRecord): string {
  const detail = record.outcome === "clean" || record.outcome === "with warnings" ? "" : `: ${record.details[0] ?? ""}`;
  return `${record.outcome === "clean" || record.outcome === "with warnings" ? "generated" : record.outcome} in ${(record.generateMs / 1000).toFixed(1)} s${detail}`;
}
