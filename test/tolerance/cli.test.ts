// Warnings on the command line: printed to stderr with their place and a code frame (stdout stays
// clean), counted at the end of the summary, listed by --json, and made errors by --strict
// (exit 1, nothing written, the previous output untouched). `check` does not fail on them.
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CliResult, REPO_ROOT, runScript } from "../helpers/cli.js";
import { filesBelow, useTempDirs } from "../hostile/helpers.js";

const tempDir = useTempDirs();
const SPEC = "discriminator-extra-key.yaml";
const PLACE = "discriminator-extra-key.yaml:25 #/components/schemas/Pet/discriminator/type";
const WHAT = "Property `type` is not expected here: ignored";

/** A folder with the spec that has one warning, and optionally a previous output. */
async function workWithSpec(previous?: Record<string, string>): Promise<string> {
  const work = await tempDir("cli-warnings");
  await copyFile(join(REPO_ROOT, "test/fixtures/tolerance", SPEC), join(work, SPEC));
  if (previous !== undefined) {
    await mkdir(join(work, "out"));
    for (const [path, content] of Object.entries(previous)) await writeFile(join(work, "out", path), content);
  }
  return work;
}

const generate = (work: string, ...flags: string[]) => runScript("scripts/generate.ts", ["--spec", SPEC, "--out", "out", "--name", "Api", ...flags], work);

/**
 * One `generate --quiet` into a fresh folder, for the two tests that need it: --quiet's output is
 * asserted on it, and check runs on the client it wrote. Each generate run costs seconds of CPU.
 */
let quietRun: Promise<{ work: string; result: CliResult }> | undefined;
const generateQuietly = () => {
  quietRun ??= workWithSpec().then(async (work) => ({ work, result: await generate(work, "--quiet") }));
  return quietRun;
};

describe("generate, given a spec with a warning", () => {
  it("writes the client, prints the warning with its place and frame on stderr, and ends with the count", async () => {
    const work = await workWithSpec();
    const result = await generate(work);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${PLACE}: warning: ${WHAT}\n`);
    expect(result.stderr).toMatch(/^> 25 \| {9}type: string\n +\| {9}\^$/m);
    expect(result.stderr).toMatch(/\n1 spec, 1 operation: 3 files written in \d+ ms; 1 warning\n$/);
    expect(await filesBelow(work)).toEqual([SPEC, "out/client.ts", "out/index.ts", "out/schema.ts"].sort());
  });

  it("--json lists the warning as errors are listed, with nothing on stderr", async () => {
    const work = await workWithSpec();
    const result = await generate(work, "--json");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(["command", "ok", "specs", "operations", "files", "durationMs", "errors", "warnings"]);
    expect(report).toMatchObject({
      ok: true,
      errors: [],
      warnings: [{ file: SPEC, line: 25, column: 9, pointer: "#/components/schemas/Pet/discriminator/type", message: WHAT }],
    });
  });

  it("--quiet prints nothing for a warning", async () => {
    const { result } = await generateQuietly();
    expect([result.code, result.stdout, result.stderr]).toEqual([0, "", ""]);
  });

  it("--strict makes the warning an error: exit 1, nothing written, the previous output as it was", async () => {
    const previous = { "client.ts": "// previous client\n", "index.ts": "// previous index\n", "schema.ts": "// previous schema\n" };
    const work = await workWithSpec(previous);
    const result = await generate(work, "--strict");
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^${escapeRegExp(`${PLACE}: ${WHAT}`)}$`, "m"));
    expect(result.stderr).toMatch(/\ngenerate: 1 error; nothing was written \(\d+ ms\)\n$/);
    for (const [path, content] of Object.entries(previous)) expect(await readFile(join(work, "out", path), "utf8")).toBe(content);
  });

  it("--strict --json reports the warning among the errors, ok false", async () => {
    const work = await workWithSpec();
    const result = await generate(work, "--strict", "--json");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ ok: false, errors: [{ file: SPEC, line: 25, pointer: "#/components/schemas/Pet/discriminator/type", message: WHAT }] });
    expect(report).not.toHaveProperty("warnings");
  });

  it("check passes on an up-to-date client with warnings (warnings are not staleness); check --strict fails", async () => {
    const { work, result } = await generateQuietly();
    expect(result.code).toBe(0);
    const check = await generate(work, "--check");
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/3 files up to date in \d+ ms; 1 warning\n$/);
    expect((await generate(work, "--check", "--strict")).code).toBe(1);
  }, 120_000);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
