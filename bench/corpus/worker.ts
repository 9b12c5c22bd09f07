// A corpus worker thread: generates (ours or openapi-typescript) or type-checks, one task at a
// time. Run in a worker so that the main thread can stop a task that takes too long or too much
// memory (by ending the worker), which synchronous code in the main thread would not allow.
import { parentPort } from "node:worker_threads";
import { type BatchDiagnostics, type BatchEntry, checkBatch } from "./check-batch.js";
import { type Generated, generateForCorpus } from "./generate-adapter.js";
import { type OtsResult, runOpenapiTypescript } from "./openapi-typescript-run.js";

export type Task = { kind: "ours"; specPath: string } | { kind: "ots"; specPath: string } | { kind: "check"; entries: BatchEntry[] };

interface ResultOf {
  ours: Generated;
  ots: OtsResult;
  check: BatchDiagnostics;
}

export type TaskResult<T extends Task> = ResultOf[T["kind"]];

export interface TaskReply {
  id: number;
  ms: number;
  result: Generated | OtsResult | BatchDiagnostics;
}

const port = parentPort;
if (port === null) throw new Error("bench/corpus/worker.ts runs as a worker thread");

port.on("message", async ({ id, task }: { id: number; task: Task }) => {
  const started = performance.now();
  const result = await perform(task);
  port.postMessage({ id, ms: performance.now() - started, result } satisfies TaskReply);
});

function perform(task: Task): Promise<TaskReply["result"]> | TaskReply["result"] {
  if (task.kind === "ours") return generateForCorpus(task.specPath);
  if (task.kind === "ots") return runOpenapiTypescript(task.specPath);
  return checkBatch(task.entries);
}
