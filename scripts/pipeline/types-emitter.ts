/**
 * Who writes `schema.ts`: openapi-typescript, in this thread or in a worker.
 *
 * openapi-typescript's transform and printer are the longest stage on large specs, and they
 * need nothing from ours but the document. In a worker they start at once, on the worker's own
 * parse of the file, while this thread validates the spec and emits the client: on GitHub's
 * spec the two halves take about as long, so generation takes about half the time on two cores.
 */
import { Worker } from "node:worker_threads";

export interface TypesJob {
  /**
   * The body of `schema.ts` for the validated document. `bundled` says the document is not the
   * file as parsed but the bundle of it and the files it `$ref`s.
   */
  finish(document: Record<string, unknown>, bundled: boolean): Promise<string>;
  /** The spec failed: the result is not wanted. */
  cancel(): void;
}

export interface TypesEmitter {
  /** Starts on the spec file as soon as it is named; `finish` hands over the validated document. */
  start(absolutePath: string): TypesJob;
}

/** In this thread, after validation: for tests and the watcher, whose modules are already warm. */
export const inProcessTypes: TypesEmitter = {
  start: () => ({
    finish: async (document) => (await import("./emit-types.js")).emitTypes(document),
    cancel: () => {},
  }),
};

/** Messages to the worker (types-worker.ts). */
export type ToWorker =
  | { kind: "start"; id: number; path: string }
  | { kind: "validated"; id: number; document: Record<string, unknown> | undefined }
  | { kind: "cancel"; id: number };

/** Messages from the worker. */
export type FromWorker = { id: number; text: string } | { id: number; error: string };

/** A worker thread that emits types for every job it is given; `close()` ends it. */
export function startTypesWorker(): TypesEmitter & { close(): Promise<void> } {
  // The worker is TypeScript: it registers tsx's loader first (Node 20 does not apply the
  // parent's --import to workers).
  const entry = new URL("./types-worker.ts", import.meta.url).href;
  const loader = import.meta.resolve("tsx/esm/api");
  const worker = new Worker(`import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, {
    eval: true,
  });
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  worker.on("message", (message: FromWorker) => {
    const job = pending.get(message.id);
    pending.delete(message.id);
    if ("text" in message) job?.resolve(message.text);
    else job?.reject(new Error(`openapi-typescript failed: ${message.error}`));
  });
  worker.on("error", (error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  });
  const post = (message: ToWorker) => worker.postMessage(message);
  let nextId = 0;
  return {
    start(absolutePath) {
      const id = nextId++;
      const result = new Promise<string>((resolve, reject) => pending.set(id, { resolve, reject }));
      post({ kind: "start", id, path: absolutePath });
      return {
        finish(document, bundled) {
          post({ kind: "validated", id, document: bundled ? document : undefined });
          return result;
        },
        cancel() {
          pending.delete(id);
          post({ kind: "cancel", id });
        },
      };
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
