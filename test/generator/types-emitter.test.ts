// The types stage's two runners (scripts/pipeline/types-emitter.ts, emit-types.ts): the worker
// gives the text the in-thread emitter gives, and a worker that is gone fails every job with why,
// instead of leaving a promise pending (a process with nothing left to do exits 0, writing nothing).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitTypes } from "../../scripts/pipeline/emit-types.js";
import { parseSpec } from "../../scripts/pipeline/load-spec.js";
import { inProcessTypes, startTypesWorker } from "../../scripts/pipeline/types-emitter.js";
import { REPO_ROOT } from "../helpers/cli.js";

async function document(spec: string): Promise<Record<string, unknown>> {
  return parseSpec(await readFile(join(REPO_ROOT, spec)), spec).document;
}

describe("types emitters", () => {
  it("the worker writes what this thread writes", async () => {
    const worker = startTypesWorker();
    try {
      const doc = await document("specs/modbox.yaml");
      const [inWorker, here] = await Promise.all([worker.start(doc).result(), inProcessTypes.start(doc).result()]);
      expect(inWorker).toContain("export interface paths {");
      expect(inWorker).toBe(here);
    } finally {
      await worker.close();
    }
  }, 60_000);

  it("once the worker is gone, a job fails with why instead of waiting for ever", async () => {
    const worker = startTypesWorker();
    await worker.close();
    await expect(worker.start(await document("specs/modbox.yaml")).result()).rejects.toThrow(/types worker stopped/);
  }, 60_000);

  it("a worker that retires after each job (as after a giant spec) hands on what was posted meanwhile: every job is answered", async () => {
    const worker = startTypesWorker({ retireAfterChars: 1 });
    try {
      const [modbox, aitronos] = [await document("specs/modbox.yaml"), await document("specs/aitronos.yaml")];
      const want = await Promise.all([inProcessTypes.start(modbox).result(), inProcessTypes.start(aitronos).result()]);
      // Four at once: the first worker retires after its first job only if none is queued, so some go on to later workers.
      const together = await Promise.all([modbox, aitronos, modbox, aitronos].map((doc) => worker.start(doc).result()));
      expect(together).toEqual([want[0], want[1], want[0], want[1]]);
      // One after another: each finds the previous worker gone and gets a fresh one.
      for (const [index, doc] of [modbox, aitronos].entries()) expect(await worker.start(doc).result()).toBe(want[index]);
    } finally {
      await worker.close();
    }
  }, 120_000);
});

describe("types printed a chunk of paths at a time", () => {
  // Every fixture's golden is printed in one chunk; these split real specs: Scalar's Galaxy (3.1,
  // webhooks, operations with ids), ReadMe's (operations without ids), train-travel (webhooks).
  const SPECS = [
    "node_modules/@scalar/galaxy/dist/latest.json",
    "node_modules/@readme/oas-examples/3.1/json/readme.json",
    "node_modules/@readme/oas-examples/3.1/json/train-travel.json",
  ];
  it.each(SPECS)("gives the same text a path item at a time, three at a time, and whole: %s", async (spec) => {
    const doc = await document(spec);
    const whole = emitTypes(structuredClone(doc), Number.POSITIVE_INFINITY);
    expect(whole).toContain("export interface operations {");
    expect(emitTypes(structuredClone(doc), 1)).toBe(whole);
    expect(emitTypes(structuredClone(doc), 3)).toBe(whole);
  });
});
