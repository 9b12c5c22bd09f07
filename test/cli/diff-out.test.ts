// `api-clients diff … --out-markdown FILE --out-markdown-full FILE --out-json FILE --out-job-summary FILE`:
// one diff run writes every rendering a workflow needs, each file the same bytes as the --format
// that prints it, while stdout stays what --format alone gives. Mistakes exit 2 with a message.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runBin } from "../helpers/cli.js";

// The CLI suite's pair: one breaking change, a warning and two additions.
const OLD = join(REPO_ROOT, "test/fixtures/spec-diff-cli/v1.yaml");
const NEW = join(REPO_ROOT, "test/fixtures/spec-diff-cli/v2-breaking.yaml");

let work: string;
const diff = (args: string[]) => runBin(["diff", OLD, NEW, ...args], { cwd: work });
const read = (file: string) => readFile(join(work, file), "utf8");

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "cli-diff-out-"));
});
afterAll(() => rm(work, { recursive: true, force: true }));

// Each case spawns the CLI up to five times at once: on a shared 2-core machine that takes more than the default 30 s.
describe.concurrent("--out-* files", { timeout: 120_000 }, () => {
  it("hold what each --format prints, and stdout is unchanged by them", async () => {
    const [all, json, markdown, full] = await Promise.all([
      diff(["--format", "text", "--out-json", "a.json", "--out-markdown", "a.md", "--out-markdown-full", "a-full.md", "--out-job-summary", "a-summary.md"]),
      diff(["--format", "json"]),
      diff(["--format", "markdown"]),
      diff(["--format", "markdown-full"]),
    ]);
    const text = await diff([]);
    expect(all).toEqual(text);
    expect(all.code).toBe(1);
    expect(await read("a.json")).toBe(json.stdout);
    expect(await read("a.md")).toBe(markdown.stdout);
    expect(await read("a-full.md")).toBe(full.stdout);
    // A small report: the comment and the job summary are the whole report.
    expect(await read("a-summary.md")).toBe(full.stdout);
    expect(markdown.stdout).toBe(full.stdout);
    expect(JSON.parse(json.stdout).summary).toEqual({ breaking: 1, warning: 1, info: 2 });
  });

  it("are written with --quiet too, and with --json on stdout", async () => {
    const quiet = await diff(["--quiet", "--out-json", "q.json", "--fail-on", "never"]);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
    const json = await diff(["--json", "--out-json", "j.json"]);
    expect(await read("q.json")).toBe(json.stdout);
    expect(await read("j.json")).toBe(json.stdout);
  });

  it.each([
    { name: "two options naming one file", args: ["--out-json", "x.out", "--out-markdown", "./x.out"], says: "--out-markdown and --out-json both name x.out" },
    {
      name: "a --report-url that is not http(s)",
      args: ["--report-url", "javascript:alert(1)"],
      says: '--report-url must be an http(s) URL, got "javascript:alert(1)"',
    },
    { name: "a --report-url that is not a URL", args: ["--report-url", "runs/42"], says: '--report-url must be an http(s) URL, got "runs/42"' },
  ])("refuse $name: exit 2, the usage, nothing written", async ({ args, says }) => {
    const result = await diff(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(says);
    expect(result.stderr).toContain("Usage:");
    await expect(read("x.out")).rejects.toThrow(/ENOENT/);
  });

  it("a file that cannot be written: exit 2, the file and its option named, no report", async () => {
    const result = await diff(["--format", "json", "--out-markdown-full", "missing/dir/full.md"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^cannot write missing\/dir\/full\.md \(--out-markdown-full\): ENOENT: no such file or directory/);
  });

  it("--report-url with a report that fits: the comment is the whole report, with no link to another", async () => {
    const result = await diff(["--format", "markdown", "--report-url", "https://github.com/acme/api/actions/runs/1"]);
    expect(result.stdout).not.toContain("https://");
  });
});
