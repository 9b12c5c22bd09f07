// writeOutput (scripts/pipeline/write-output.ts) writes large files a megabyte of text at a time:
// the bytes on disk must be the text's UTF-8 whatever falls on a chunk's edge.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { staleFiles, writeOutput } from "../../scripts/pipeline/write-output.js";

const CHUNK = 1 << 20;
let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("writeOutput", () => {
  it("writes text of several chunks as its UTF-8, a surrogate pair on a chunk's edge included", async () => {
    dir = await mkdtemp(join(tmpdir(), "write-output-"));
    // "😀" is two code units: the pair straddles the first chunk's end; "é" and "€" are 2 and 3 bytes.
    const text = `${"a".repeat(CHUNK - 1)}😀${"é€".repeat(CHUNK)}\n`;
    const files = [
      { path: "big.ts", content: text },
      { path: "nested/small.ts", content: "export {};\n" },
    ];
    await writeOutput(join(dir, "out"), files);
    expect((await readFile(join(dir, "out", "big.ts"))).equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(await readFile(join(dir, "out", "nested/small.ts"), "utf8")).toBe("export {};\n");
    expect(await staleFiles(join(dir, "out"), files)).toEqual([]);
  });
});
