/**
 * Who writes `schema.ts`: openapi-typescript, in this thread or in a worker.
 *
 * openapi-typescript's transform and printer are the longest stage on large specs, and they
 * need nothing from ours but the document. Each job gets its own structured copy of the parsed
 * document (postMessage makes it for the worker), so openapi-typescript may annotate it as it
 * likes and no stage's order depends on it. In a worker, the types are written while this thread
 * validates the spec and emits the client: on GitHub's spec the two halves take about as long.
 */
import { Worker } from "node:worker_threads";

export interface TypesJob {
  /**
   * The body of `schema.ts`. Asked for once the document is validated: a document that fails
   * validation may fail here too, with a message that names no place in the spec.
   */
  result(): Promise<string>;
  /** The spec failed: the result is not wanted. */
  cancel(): void;
}

export interface TypesEmitter {
  /** Starts on a copy of the parsed, self-contained document (as loaded, or the bundle of a spec of several files). */
  start(document: Record<string, unknown>): TypesJob;
}

/** In this thread, when the result is asked for: for tests and the watcher, whose modules are already warm. */
export const inProcessTypes: TypesEmitter = {
  start: (document) => {
    const copy = structuredClone(document);
    return {
      result: async () => (await import("./emit-types.js")).emitTypes(copy),
      cancel: () => {},
    };
  },
};

/** Messages to the worker (types-worker.ts). */
export type ToWorker = { kind: "start"; id: number; document: Record<string, unknown> } | { kind: "cancel"; id: number };

/** Messages from the worker. `retiring`: the worker ends after this message (see RETIRE_AFTER_CHARS). */
export type FromWorker = { id: number; text: string; retiring?: boolean } | { id: number; error: string };

/**
 * A worker that has just written types this long (in UTF-16 code units) and has no job queued
 * ends itself, and the next job gets a fresh worker. After a giant spec its heap holds the
 * document, the transform's garbage and the text (Graph v1.0: 24 M characters, over 200 MB) while
 * this thread still writes the client and the files: ending the worker gives all of it back at
 * once. A fresh worker loads openapi-typescript again (about a second), which such a spec dwarfs.
 */
export const RETIRE_AFTER_CHARS = 4_000_000;

/** A job's outcome, kept until it is asked for (a rejection nobody awaits yet would be "unhandled"). */
interface PendingJob {
  /** Kept until settled, so that a retiring worker's job can go to the next worker. */
  document: Record<string, unknown> | undefined;
  /** The worker it was posted to. */
  owner?: Worker;
  outcome: { text: string } | { error: Error } | undefined;
  waiting: { resolve: (text: string) => void; reject: (error: Error) => void } | undefined;
}

/** Worker threads that emit types for every job they are given, one at a time; `close()` ends the one running. */
export function startTypesWorker(options: { retireAfterChars?: number } = {}): TypesEmitter & { close(): Promise<void> } {
  const settings: WorkerSettings = { retireAfterChars: options.retireAfterChars ?? RETIRE_AFTER_CHARS };
  const jobs = new Map<number, PendingJob>();
  const settle = (job: PendingJob | undefined, outcome: NonNullable<PendingJob["outcome"]>) => {
    if (job === undefined) return;
    job.outcome = outcome;
    job.document = undefined;
    if (job.waiting === undefined) return;
    if ("text" in outcome) job.waiting.resolve(outcome.text);
    else job.waiting.reject(outcome.error);
  };
  let current: Worker | undefined;
  let nextId = 0;
  /** The worker to post to, started when there is none (the first, or after one retired). */
  const running = (): Worker => {
    if (current !== undefined) return current;
    const worker = spawnTypesWorker(settings);
    current = worker;
    let retiring = false;
    worker.on("message", (message: FromWorker) => {
      const job = jobs.get(message.id);
      if ("text" in message) {
        settle(job, { text: message.text });
        if (message.retiring === true && current === worker) {
          retiring = true;
          current = undefined;
        }
      } else settle(job, { error: new Error(`openapi-typescript failed: ${message.error}`) });
    });
    // Once a worker is gone, every job it had fails with why: a promise left pending would let the
    // process run out of work and exit 0, having written nothing. A retiring worker's jobs (one
    // may have been posted as it decided to end) go to the next worker instead.
    const stop = (error: Error) => {
      if (current === worker) current = undefined;
      for (const [id, job] of jobs) {
        if (job.outcome !== undefined || job.owner !== worker) continue;
        if (retiring && job.document !== undefined) post(id, job);
        else settle(job, { error });
      }
    };
    worker.on("error", stop);
    worker.on("exit", (code) => stop(new Error(`the types worker stopped (exit code ${code}) before it answered`)));
    return worker;
  };
  let closed = false;
  const post = (id: number, job: PendingJob) => {
    if (closed || job.document === undefined) return settle(job, { error: new Error("the types worker stopped (it was closed) before it answered") });
    const worker = running();
    job.owner = worker;
    worker.postMessage({ kind: "start", id, document: job.document } satisfies ToWorker);
  };
  running();
  return {
    start(document) {
      const id = nextId++;
      const job: PendingJob = { document, outcome: undefined, waiting: undefined };
      jobs.set(id, job);
      post(id, job);
      return {
        result: () =>
          new Promise<string>((resolve, reject) => {
            job.waiting = { resolve, reject };
            if (job.outcome !== undefined) settle(job, job.outcome);
          }).finally(() => jobs.delete(id)),
        cancel() {
          jobs.delete(id);
          job.owner?.postMessage({ kind: "cancel", id } satisfies ToWorker);
        },
      };
    },
    close: async () => {
      closed = true;
      await current?.terminate();
    },
  };
}

/** What a worker is told at its start (workerData). */
export interface WorkerSettings {
  retireAfterChars: number;
}

function spawnTypesWorker(settings: WorkerSettings): Worker {
  // The worker is TypeScript: it registers tsx's loader first (Node 20 does not apply the
  // parent's --import to workers).
  const entry = new URL("./types-worker.ts", import.meta.url).href;
  const loader = import.meta.resolve("tsx/esm/api");
  // A module that fails to load rejects a promise nobody handles, which ends the worker without an
  // "error" event: thrown again outside the promise, it is one, with the module's own message.
  const load = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(`${load}.catch((error) => setImmediate(() => { throw error; }));`, { eval: true, workerData: settings });
}
