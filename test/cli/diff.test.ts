// `api-clients diff` on two specs written to a temporary folder, run from there: the text,
// Markdown and JSON reports (`--json` the same as `--format json`), `--quiet`, and a bad side
// shown with its code frame.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBin } from "../helpers/cli.js";

const OLD = `openapi: 3.1.0
info: {title: Pets, version: '1'}
paths:
  /pets:
    get:
      operationId: listPets
      responses: {'200': {description: ok}}
  /pets/{id}:
    delete:
      operationId: deletePet
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {'204': {description: gone}}
`;
/** DELETE /pets/{id} removed without deprecation: one breaking change. */
const NEW = OLD.slice(0, OLD.indexOf("  /pets/{id}:"));
/** A `$ref` to nothing, at line 7 column 7 (`responses`). */
const BROKEN = OLD.replace("responses: {'200': {description: ok}}", "responses: {'200': {$ref: '#/components/responses/Nope'}}");

let work: string;
const diff = (args: string[]) => runBin(["diff", ...args], { cwd: work });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "cli-diff-"));
  await Promise.all([writeFile(join(work, "old.yaml"), OLD), writeFile(join(work, "new.yaml"), NEW), writeFile(join(work, "broken.yaml"), BROKEN)]);
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe.concurrent("api-clients diff OLD NEW", () => {
  it("text (the default): one line per change, the summary last, exit 1 on a breaking change, no ANSI off a terminal", async () => {
    const result = await diff(["old.yaml", "new.yaml"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toMatch(/\u001b\[/);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^breaking +DELETE \/pets\/\{id\} +operation removed without being deprecated first +\[operation-removed\]$/);
    expect(lines.at(-1)).toBe("1 breaking, 0 warning(s), 0 info; recommended version bump: major");
  });

  it("markdown: the pull-request comment", async () => {
    const result = await diff(["old.yaml", "new.yaml", "--format", "markdown", "--fail-on", "never"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines.slice(0, 2)).toEqual(["<!-- spec-diff -->", "**API changes:** 1 breaking, 0 warnings, 0 info · recommended version bump: **major**"]);
    expect(lines).toContain("### Breaking changes");
  });

  it("--json is --format json: the same bytes, only JSON on stdout", async () => {
    const [alias, format] = await Promise.all([diff(["old.yaml", "new.yaml", "--json"]), diff(["old.yaml", "new.yaml", "--format", "json"])]);
    expect(alias).toEqual(format);
    expect(alias.code).toBe(1);
    expect(alias.stderr).toBe("");
    const report = JSON.parse(alias.stdout) as { changes: { id: string }[]; summary: unknown; semver: string };
    expect(Object.keys(report).sort()).toEqual(["changes", "sdk", "semver", "summary"]);
    expect(report.changes.map((change) => change.id)).toEqual(["operation-removed"]);
    expect(report.summary).toEqual({ breaking: 1, warning: 0, info: 0 });
    expect(report.semver).toBe("major");
  });

  it("--quiet: no report, the exit code alone", async () => {
    expect(await diff(["old.yaml", "new.yaml", "--quiet"])).toEqual({ code: 1, stdout: "", stderr: "" });
    expect(await diff(["old.yaml", "old.yaml", "--quiet"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a bad side: exit 2, its side, file and line, then a frame of that file with the caret at the column", async () => {
    const result = await diff(["old.yaml", "broken.yaml", "--json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      `revision: broken.yaml:7 #/paths/~1pets/get/responses/200: Can't resolve $ref "#/components/responses/Nope"`,
      "  5 |     get:",
      "  6 |       operationId: listPets",
      "> 7 |       responses: {'200': {$ref: '#/components/responses/Nope'}}",
      "    |                   ^",
      "  8 |   /pets/{id}:",
      "  9 |     delete:",
    ]);
  });
});
