// One corpus worker thread, with a time and a memory limit per task: a task over its limit ends
// the worker (the next task starts a fresh one), so one giant document cannot stall the run.
import { Worker } from "node:worker_threads";
import type { Task, TaskReply, TaskResult } from "./worker.js";

export type Guarded<T> = { ok: true; ms: number; result: T } | { ok: false; ms: number; failure: string };

export interface Limits {
  /** A task still running after this long is stopped. */
  timeoutMs: number;
  /** V8's old-generation limit of the worker (its heap, in MB). */
  heapMb: number;
}

export class GuardedWorker {
  private worker: Worker | undefined;
  private nextId = 0;

  constructor(private readonly limits: Limits) {}

  async run<T extends Task>(task: T): Promise<Guarded<TaskResult<T>>> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    const started = performance.now();
    const elapsed = () => performance.now() - started;
    const outcome = await new Promise<Guarded<TaskResult<T>>>((done) => {
      const onTimeout = () => {
        finish();
        done({ ok: false, ms: elapsed(), failure: `stopped after ${Math.round(this.limits.timeoutMs / 1000)} s` });
      };
      const onMessage = (reply: TaskReply) => {
        if (reply.id !== id) return;
        finish();
        done({ ok: true, ms: reply.ms, result: reply.result as TaskResult<T> });
      };
      const onError = (error: Error) => {
        finish();
        // ERR_WORKER_OUT_OF_MEMORY when the heap limit is hit.
        const code = (error as { code?: string }).code;
        done({
          ok: false,
          ms: elapsed(),
          failure: code === "ERR_WORKER_OUT_OF_MEMORY" ? `out of memory (heap limit ${this.limits.heapMb} MB)` : `worker failed: ${error.message}`,
        });
      };
      const onExit = (exitCode: number) => {
        finish();
        done({ ok: false, ms: elapsed(), failure: `worker exited with code ${exitCode}` });
      };
      const finish = () => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      };
      const timer = setTimeout(onTimeout, this.limits.timeoutMs);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage({ id, task });
    });
    if (!outcome.ok) await this.close();
    return outcome;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    // The worker is TypeScript: it registers tsx's loader first (Node 20 does not apply the
    // parent's --import to workers), as scripts/pipeline/types-emitter.ts does.
    const entry = new URL("./worker.ts", import.meta.url).href;
    const loader = import.meta.resolve("tsx/esm/api");
    this.worker = new Worker(`import(${JSON.stringify(loader)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb },
    });
    return this.worker;
  }
}
