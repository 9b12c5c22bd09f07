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

/** Messages from the worker. */
export type FromWorker = { id: number; text: string } | { id: number; error: string };

/** A job's outcome, kept until it is asked for (a rejection nobody awaits yet would be "unhandled"). */
interface PendingJob {
  outcome: { text: string } | { error: Error } | undefined;
  waiting: { resolve: (text: string) => void; reject: (error: Error) => void } | undefined;
}

/** A worker thread that emits types for every job it is given; `close()` ends it. */
export function startTypesWorker(): TypesEmitter & { close(): Promise<void> } {
  // The worker is TypeScript: it registers tsx's loader first (Node 20 does not apply the
  // parent's --import to workers).
  const entry = new URL("./types-worker.ts", import.meta.url).href;
  const loader = import.meta.resolve("tsx/esm/api");
  // A module that fails to load rejects a promise nobody handles, which ends the worker without an
  // "error" event: thrown again outside the promise, it is one, with the module's own message.
  const load = `import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(`${load}.catch((error) => setImmediate(() => { throw error; }));`, { eval: true });
  const jobs = new Map<number, PendingJob>();
  const settle = (job: PendingJob | undefined, outcome: NonNullable<PendingJob["outcome"]>) => {
    if (job === undefined) return;
    job.outcome = outcome;
    if (job.waiting === undefined) return;
    if ("text" in outcome) job.waiting.resolve(outcome.text);
    else job.waiting.reject(outcome.error);
  };
  worker.on("message", (message: FromWorker) => {
    settle(jobs.get(message.id), "text" in message ? { text: message.text } : { error: new Error(`openapi-typescript failed: ${message.error}`) });
  });
  // Once the worker is gone, every job waiting and every job started later fails with why: a
  // promise left pending would let the process run out of work and exit 0, having written nothing.
  let stopped: Error | undefined;
  const stop = (error: Error) => {
    stopped ??= error;
    for (const job of jobs.values()) if (job.outcome === undefined) settle(job, { error: stopped });
  };
  worker.on("error", stop);
  worker.on("exit", (code) => stop(new Error(`the types worker stopped (exit code ${code}) before it answered`)));
  const post = (message: ToWorker) => worker.postMessage(message);
  let nextId = 0;
  return {
    start(document) {
      const id = nextId++;
      const job: PendingJob = { outcome: undefined, waiting: undefined };
      jobs.set(id, job);
      if (stopped === undefined) post({ kind: "start", id, document });
      else settle(job, { error: stopped });
      return {
        result: () =>
          new Promise<string>((resolve, reject) => {
            job.waiting = { resolve, reject };
            if (job.outcome !== undefined) settle(job, job.outcome);
          }).finally(() => jobs.delete(id)),
        cancel() {
          jobs.delete(id);
          post({ kind: "cancel", id });
        },
      };
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
