/**
 * Worker thread of types-emitter.ts: runs openapi-typescript on its own copy of each document
 * while the main thread validates it. Jobs run one at a time, in the order given; a job cancelled
 * before its turn is skipped.
 */
import { parentPort, workerData } from "node:worker_threads";
import { emitTypes } from "./emit-types.js";
import type { FromWorker, ToWorker, WorkerSettings } from "./types-emitter.js";

const queue: { id: number; document: Record<string, unknown> }[] = [];
const { retireAfterChars } = workerData as WorkerSettings;
const port = parentPort;
if (port === null) throw new Error("types-worker.ts runs as a worker thread");

port.on("message", (message: ToWorker) => {
  if (message.kind === "start") {
    queue.push({ id: message.id, document: message.document });
    // After the messages already here: a cancel among them is seen before the job runs.
    setImmediate(runNext);
  } else {
    const index = queue.findIndex((job) => job.id === message.id);
    if (index >= 0) queue.splice(index, 1);
  }
});

function runNext(): void {
  const job = queue.shift();
  if (job === undefined) return;
  try {
    const text = emitTypes(job.document);
    const retiring = text.length >= retireAfterChars && queue.length === 0;
    reply(retiring ? { id: job.id, text, retiring } : { id: job.id, text });
    // After a giant spec this thread's heap is hundreds of MB: ending it gives them back (the
    // main thread hands a job posted meanwhile to a fresh worker).
    if (retiring) process.exit(0);
  } catch (error) {
    // A document the main thread rejects may fail here too; the main thread reports it, with lines.
    reply({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
}

function reply(message: FromWorker): void {
  port?.postMessage(message);
}
