// The corpus's batch type-check (bench/corpus/check-batch.ts): many clients in one program, each
// diagnostic attributed to the client it is in, generated code checked with its pragma removed.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBatch } from "../../bench/corpus/check-batch.js";
import { seededSample } from "../../bench/corpus/directory.js";
import { CLIENT_DIR, generateForCorpus } from "../../bench/corpus/generate-adapter.js";
import { REPO_ROOT } from "../helpers/cli.js";

const SPEC = join(REPO_ROOT, "test", "fixtures", "corpus", "xkcd.com.json");

describe("checkBatch", () => {
  it("reports a type error behind the @ts-nocheck pragma, for its own client only", async () => {
    const generated = await generateForCorpus(SPEC);
    if (generated.outcome !== "generated") throw new Error(`xkcd.com did not generate: ${generated.reasons.join("; ")}`);
    const broken = generated.files.map((file) =>
      file.path === "schema.ts" ? { ...file, content: `${file.content}\nexport const broken: number = "text";\n` } : file,
    );
    expect(broken.find((file) => file.path === "schema.ts")?.content).toMatch(/^\/\/ @ts-nocheck/m);
    const found = checkBatch([
      { key: "clean", dir: join(CLIENT_DIR, "0"), files: generated.files },
      { key: "broken", dir: join(CLIENT_DIR, "1"), files: broken },
    ]);
    expect(found.clean).toEqual([]);
    expect(found.broken).toHaveLength(1);
    expect(found.broken?.[0]).toMatch(/^schema\.ts:\d+:14 TS2322 Type 'string' is not assignable to type 'number'\.$/);
  }, 60_000);
});

describe("seededSample", () => {
  const items = Array.from({ length: 100 }, (_, index) => index);

  it("gives the same sample for the same seed, another for another seed", () => {
    expect(seededSample(items, 10, 11)).toEqual(seededSample(items, 10, 11));
    expect(seededSample(items, 10, 12)).not.toEqual(seededSample(items, 10, 11));
  });

  it("draws distinct items, all of them when asked for more than there are", () => {
    expect(new Set(seededSample(items, 40, 3)).size).toBe(40);
    expect([...seededSample(items, 200, 3)].sort((a, b) => a - b)).toEqual(items);
  });
});
