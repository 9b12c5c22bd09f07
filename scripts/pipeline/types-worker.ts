/**
 * Worker thread of types-emitter.ts: parses the spec file itself and runs openapi-typescript
 * while the main thread validates. A spec that `$ref`s other files waits for the main thread's
 * bundle, so that no file is read outside the confined resolver.
 */
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { hasExternalRefs } from "./document-facts.js";
import { emitTypes } from "./emit-types.js";
import { parseSpec } from "./load-spec.js";
import type { FromWorker, ToWorker } from "./types-emitter.js";

type Document = Record<string, unknown>;

interface Job {
  validated: Promise<Document | undefined>;
  onValidated: (document: Document | undefined) => void;
  cancelled: boolean;
}

const jobs = new Map<number, Job>();
const port = parentPort;
if (port === null) throw new Error("types-worker.ts runs as a worker thread");

port.on("message", (message: ToWorker) => {
  if (message.kind === "start") {
    let onValidated: Job["onValidated"] = () => {};
    const validated = new Promise<Document | undefined>((resolve) => (onValidated = resolve));
    jobs.set(message.id, { validated, onValidated, cancelled: false });
    void run(message.id, message.path);
  } else {
    const job = jobs.get(message.id);
    if (job === undefined) return;
    if (message.kind === "validated") job.onValidated(message.document);
    else job.cancelled = true;
  }
});

async function run(id: number, path: string): Promise<void> {
  const job = jobs.get(id);
  if (job === undefined) return;
  try {
    const own = parseSpec(await readFile(path), path).document;
    const document = hasExternalRefs(own) ? ((await job.validated) ?? own) : own;
    const text = job.cancelled ? "" : emitTypes(document);
    reply({ id, text });
  } catch (error) {
    // A file the main thread rejects fails here too; the main thread reports it, with lines.
    reply({ id, error: error instanceof Error ? error.message : String(error) });
  } finally {
    jobs.delete(id);
  }
}

function reply(message: FromWorker): void {
  port?.postMessage(message);
}
