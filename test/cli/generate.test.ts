// `api-clients generate` and `check` as a new user meets them: the bin spawned from a temporary
// folder with --spec (and once from the repository root), asserting what lands on disk, the
// summary line, --quiet, --json, the exit codes and the code frame of a spec error.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runBin, userEnv } from "../helpers/cli.js";

const ANSI = /\u001b\[/;
/** The Modbox spec's one operation returns this schema; pointing it elsewhere is an error on line 36 (`schema:`), column 15. */
const REF = "$ref: '#/components/schemas/WorkspaceMemberResponse'";
const SUMMARY = /^1 spec, 1 operation: (.+) in \d+ ms$/;

let work: string;
const spec = () => join(work, "api.yaml");
const out = () => join(work, "out");
const inWork = (args: string[], env: Record<string, string> = {}) => runBin(args, { cwd: work, env });

async function snapshot(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), "utf8")] as const)));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "cli-generate-"));
  await cp(join(REPO_ROOT, "specs/modbox.yaml"), spec());
});
afterAll(() => rm(work, { recursive: true, force: true }));

// One scenario, in order: each step starts from the folder the previous one left.
describe.sequential("generate and check from a temporary folder", () => {
  it("npm run -s generate -- --spec --out --name writes the client, stdout stays empty, stderr ends with the summary", async () => {
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile(
        "npm",
        ["run", "-s", "generate", "--", "--spec", spec(), "--out", out(), "--name", "Api"],
        { cwd: REPO_ROOT, env: userEnv() },
        (error, stdout, stderr) => done({ code: error ? Number(error.code) : 0, stdout, stderr }),
      ),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines.at(-1)).toMatch(SUMMARY);
    expect(lines.at(-1)).toMatch(/: 3 files written in /);
    expect(lines).toContain(`${spec()} → ${out()}: 3 files written (client.ts, index.ts, schema.ts)`);
    expect(result.stderr).not.toMatch(ANSI);
    expect((await readdir(out())).sort()).toEqual(["client.ts", "index.ts", "schema.ts"]);
    expect(await readFile(join(out(), "index.ts"), "utf8")).toContain('export * from "./client.js";');
  });

  it("--quiet prints nothing at all when nothing goes wrong", async () => {
    expect(await inWork(["generate", "--spec", "api.yaml", "--out", "out", "--name", "Api", "--quiet"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("check on a clean output: exit 0, '3 files up to date'", async () => {
    const result = await inWork(["check", "--spec", "api.yaml", "--out", "out", "--name", "Api"]);
    expect(result).toMatchObject({ code: 0, stdout: "" });
    expect(result.stderr.trimEnd()).toMatch(/^1 spec, 1 operation: 3 files up to date in \d+ ms$/);
  });

  it("check on a stale output: exit 1, names each stale file; generate --check says the same", async () => {
    await writeFile(join(out(), "client.ts"), "// edited by hand\n");
    const [check, generateCheck] = await Promise.all([
      inWork(["check", "--spec", "api.yaml", "--out", "out", "--name", "Api"]),
      inWork(["generate", "--check", "--spec", "api.yaml", "--out", "out", "--name", "Api"]),
    ]);
    for (const result of [check, generateCheck]) {
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^stale: out\/client\.ts\n1 spec, 1 operation: 1 file stale, 2 up to date in \d+ ms; run generate to update\n$/);
    }
    expect(await readFile(join(out(), "client.ts"), "utf8")).toBe("// edited by hand\n"); // check writes nothing
  });

  it("--json: one JSON object on stdout with the documented fields, nothing on stderr", async () => {
    const result = await inWork(["generate", "--spec", "api.yaml", "--out", "out", "--name", "Api", "--json"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(["command", "ok", "specs", "operations", "files", "durationMs", "errors"]);
    expect(report).toMatchObject({
      command: "generate",
      ok: true,
      specs: [
        { spec: "api.yaml", name: "Api", output: "out", operations: 1, written: ["client.ts"], removed: [], stale: [], unchanged: ["index.ts", "schema.ts"] },
      ],
      operations: 1,
      files: { written: 1, removed: 0, stale: 0, unchanged: 2 },
      errors: [],
    });
    expect(typeof report.durationMs).toBe("number");
  });

  it("a spec error: exit 1, the issue with a code frame (line numbers, marker, caret at the column), nothing written", async () => {
    const before = await snapshot(out());
    await writeFile(spec(), (await readFile(spec(), "utf8")).replace(REF, "$ref: '#/components/schemas/Missing'"));
    const result = await inWork(["generate", "--spec", "api.yaml", "--out", "out", "--name", "Api"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe(
      `api.yaml:36 #/paths/~1workspaces~1{workspace_id}~1members~1{target_user_id}/put/responses/200/content/application~1json/schema: Can't resolve $ref "#/components/schemas/Missing"`,
    );
    expect(lines.slice(1, 7)).toEqual([
      "  34 |           content:",
      "  35 |             application/json:",
      "> 36 |               schema:",
      "     |               ^",
      "  37 |                 $ref: '#/components/schemas/Missing'",
      "  38 |         '422':",
    ]);
    // The caret sits under column 15, where `schema` starts.
    expect(lines[4]?.indexOf("^")).toBe("> 36 | ".length + 14);
    expect(lines.at(-1)).toMatch(/^generate: 1 error; nothing was written \(\d+ ms\)$/);
    expect(result.stderr).not.toMatch(ANSI);
    expect(await snapshot(out())).toEqual(before);
    expect((await readdir(work)).sort()).toEqual(["api.yaml", "out"]);
  });

  it("a spec error with --json: errors as {file, line, column, pointer, message}, exit 1", async () => {
    const result = await inWork(["check", "--spec", "api.yaml", "--out", "out", "--name", "Api", "--json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as { ok: boolean; errors: unknown[] };
    expect(report.ok).toBe(false);
    expect(report.errors).toEqual([
      {
        file: "api.yaml",
        line: 36,
        column: 15,
        pointer: "#/paths/~1workspaces~1{workspace_id}~1members~1{target_user_id}/put/responses/200/content/application~1json/schema",
        message: `Can't resolve $ref "#/components/schemas/Missing"`,
      },
    ]);
  });

  it("colour: FORCE_COLOR colours the frame; NO_COLOR wins over it", async () => {
    const [forced, both] = await Promise.all([
      inWork(["generate", "--spec", "api.yaml", "--out", "out"], { FORCE_COLOR: "1" }),
      inWork(["generate", "--spec", "api.yaml", "--out", "out"], { FORCE_COLOR: "1", NO_COLOR: "1" }),
    ]);
    expect(forced.code).toBe(1);
    expect(forced.stderr).toMatch(ANSI);
    const plain = (text: string) => text.replace(/\u001b\[\d+m/g, "").replace(/\d+ ms/g, "N ms");
    expect(plain(forced.stderr)).toBe(plain(both.stderr));
    expect(both.stderr).not.toMatch(ANSI);
  });
});

describe("from the repository root", () => {
  it("check: generated/ is what the committed specs produce, exit 0", async () => {
    const result = await runBin(["check"]);
    expect(result.stderr).toMatch(/^\d+ specs?, \d+ operations?: \d+ files? up to date in \d+ ms\n$/);
    expect(result).toMatchObject({ code: 0, stdout: "" });
  });
});
