// A corpus run saved as JSON (`--save`), so that documents run again after a fix (`--only … --merge`)
// replace their own records in the full run's report instead of needing the whole directory again.
import { readFile, writeFile } from "node:fs/promises";
import type { DocumentRecord, LargeRun } from "./outcomes.js";
import type { RunFacts } from "./report.js";

export interface SavedRun {
  records: DocumentRecord[];
  largest: LargeRun[];
  facts: Omit<RunFacts, "directory" | "started"> & { started: string };
}

export async function saveRun(path: string, records: readonly DocumentRecord[], largest: readonly LargeRun[], facts: RunFacts): Promise<void> {
  const { directory: _directory, ...rest } = facts;
  const saved: SavedRun = { records: [...records], largest: [...largest], facts: { ...rest, started: facts.started.toISOString() } };
  await writeFile(path, `${JSON.stringify(saved)}\n`);
}

export async function loadRun(path: string): Promise<SavedRun> {
  return JSON.parse(await readFile(path, "utf8")) as SavedRun;
}

/**
 * The saved run with this run's records in place of the same documents' (largest-document
 * measurements are kept from the saved run: a re-run measures only the documents it was given).
 */
export function mergeRuns(base: SavedRun, rerun: readonly DocumentRecord[], note: Rerun): SavedRun {
  const replaced = new Map(rerun.map((record) => [record.document.id, record]));
  const records = base.records.map((record) => replaced.get(record.document.id) ?? record);
  return { ...base, records, facts: { ...base.facts, reruns: [...(base.facts.reruns ?? []), note] } };
}

export interface Rerun {
  command: string;
  started: string;
  code: string;
  documents: string[];
}
