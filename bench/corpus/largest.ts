// The largest documents once more, each tool in a fresh process as a user runs it, for wall time
// and peak RSS (GNU time's %M): the corpus run's workers share one process, whose memory cannot
// be told apart per document.
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { OTS_CLI, REPO } from "../lib/env.js";
import { log, runMeasured } from "../lib/proc.js";
import { CORPUS_CACHE, type CorpusDocument } from "./directory.js";
import type { LargeRun } from "./outcomes.js";

const OUT = join(CORPUS_CACHE, "largest");

export async function measureLargest(documents: readonly CorpusDocument[], count: number, timeoutMs: number): Promise<LargeRun[]> {
  const largest = [...documents].sort((a, b) => b.bytes - a.bytes).slice(0, count);
  const runs: LargeRun[] = [];
  for (const document of largest) {
    const ours = await measure(
      [join(REPO, "bin", "api-clients.js"), "generate", "--spec", document.path, "--out", join(OUT, "ours"), "--name", "CorpusClient"],
      timeoutMs,
    );
    const ots = await measure([OTS_CLI, document.path, "-o", join(OUT, "ots", "schema.ts")], timeoutMs);
    log(
      `largest: ${document.id} (${(document.bytes / 1e6).toFixed(1)} MB): ours ${(ours.wallMs / 1000).toFixed(1)} s, openapi-typescript ${(ots.wallMs / 1000).toFixed(1)} s`,
    );
    runs.push({ document, ours, ots });
  }
  await rm(OUT, { recursive: true, force: true });
  return runs;
}

async function measure(args: string[], timeoutMs: number): Promise<LargeRun["ours"]> {
  const run = await runMeasured(process.execPath, args, { cwd: REPO, timeoutMs, sampleMs: 0 });
  return { wallMs: run.wallMs, maxRssKb: run.maxRssKb, ok: run.code === 0 };
}
