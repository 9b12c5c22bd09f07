// CHANGELOG.md from the spec diff's semver verdicts: the pure stages (bump, render, prepend) on
// real diff reports, then `npm run changelog -- --base REF --write` in a throwaway git repository.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bumpVersion, prependEntry, renderEntry } from "../../scripts/diff/changelog.js";
import { diffDocumentsReport } from "../../scripts/diff/diff-specs.js";
import { largestSemver } from "../../scripts/diff/report.js";
import { REPO_ROOT, TSX_LOADER } from "../helpers/cli.js";

const run = promisify(execFile);
const CLI_FIXTURES = resolve(REPO_ROOT, "test/fixtures/spec-diff-cli");

async function reportOf(base: string, revision: string) {
  const read = async (file: string) => parse(await readFile(join(CLI_FIXTURES, file), "utf8")) as Record<string, unknown>;
  return diffDocumentsReport(await read(base), await read(revision));
}

describe("version bumps", () => {
  it.each([
    ["1.4.2", "major", "2.0.0"],
    ["1.4.2", "minor", "1.5.0"],
    ["1.4.2", "patch", "1.4.3"],
    ["1.4.2", "none", "1.4.2"],
    ["0.1.0-beta.1", "patch", "0.1.1"],
  ] as const)("%s bumped by %s is %s", (version, bump, expected) => {
    expect(bumpVersion(version, bump)).toBe(expected);
  });

  it("refuses a version that is not semver", () => {
    expect(() => bumpVersion("latest", "minor")).toThrow(/not semver/);
  });

  it("takes the largest verdict of all specs", () => {
    expect(largestSemver(["patch", "major", "minor"])).toBe("major");
    expect(largestSemver(["none", "patch"])).toBe("patch");
    expect(largestSemver([])).toBe("none");
  });
});

describe("entries", () => {
  it("lists breaking changes first, then additions and warnings, per spec, and skips unchanged specs", async () => {
    const breaking = await reportOf("v1.yaml", "v2-breaking.yaml");
    const unchanged = await reportOf("v1.yaml", "v1.yaml");
    expect(breaking.semver).toBe("major");

    const entry = renderEntry({
      version: "2.0.0",
      date: "2026-11-23",
      base: "main",
      reports: [
        { spec: "specs/pets.yaml", report: breaking },
        { spec: "specs/other.yaml", report: unchanged },
      ],
    });

    expect(
      entry.startsWith("## 2.0.0 — 2026-11-23\n\nSemver: **major**, from the spec diff against `main`.\n\n### specs/pets.yaml: major\n\n- **Breaking:**"),
    ).toBe(true);
    expect(entry).not.toContain("specs/other.yaml");
    const bullets = entry.split("\n").filter((line) => line.startsWith("- "));
    const firstPlain = bullets.findIndex((line) => !line.startsWith("- **Breaking:**"));
    expect(bullets.slice(firstPlain).some((line) => line.startsWith("- **Breaking:**"))).toBe(false);
    for (const change of breaking.changes.filter((change) => change.level === "breaking")) expect(entry).toContain(change.message);
  });

  it("puts the newest entry first, under the title, keeping older ones", () => {
    const first = prependEntry("", "## 1.0.0 — 2026-01-01\n\nfirst\n");
    const second = prependEntry(first, "## 1.1.0 — 2026-02-01\n\nsecond\n");

    expect(first).toBe("# Changelog\n\n## 1.0.0 — 2026-01-01\n\nfirst\n");
    expect(second).toBe("# Changelog\n\n## 1.1.0 — 2026-02-01\n\nsecond\n\n## 1.0.0 — 2026-01-01\n\nfirst\n");
  });
});

describe("npm run changelog -- --base REF", () => {
  let scratch: string;
  let repo: string;

  const env = (): NodeJS.ProcessEnv => {
    const clean: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("GIT_")) clean[key] = value;
    return { ...clean, GIT_CEILING_DIRECTORIES: dirname(scratch), GIT_CONFIG_NOSYSTEM: "1" };
  };
  const git = (...args: string[]) => run("git", args, { cwd: repo, env: env() });
  const changelog = (...args: string[]) =>
    run(process.execPath, ["--import", TSX_LOADER, resolve(REPO_ROOT, "scripts/changelog.ts"), ...args], { cwd: repo, env: env() }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "changelog-"));
    repo = join(scratch, "repo");
    await mkdir(join(repo, "specs"), { recursive: true });
    await cp(join(CLI_FIXTURES, "v1.yaml"), join(repo, "specs/pets.yaml"));
    await writeFile(join(repo, "package.json"), '{\n  "name": "x",\n  "version": "1.4.2",\n  "private": true\n}\n');
    await git("init", "-q");
    await git("config", "user.name", "changelog test");
    await git("config", "user.email", "changelog-test@example.test");
    await git("config", "commit.gpgsign", "false");
    await git("add", "-A");
    await git("commit", "-q", "-m", "base");
  });

  afterAll(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  it("adds nothing when no spec changed", async () => {
    const result = await changelog("--base", "HEAD", "--write");

    expect(result.code).toBe(0);
    expect(result.stderr).toContain("no spec changed since HEAD");
    await expect(readFile(join(repo, "CHANGELOG.md"), "utf8")).rejects.toThrow();
  });

  it("prints the entry without --write, and writes it and bumps the version with it", async () => {
    await cp(join(CLI_FIXTURES, "v2-info.yaml"), join(repo, "specs/pets.yaml"));

    const dry = await changelog("--base", "HEAD", "--date", "2026-11-23");
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^## 1\.5\.0 — 2026-11-23\n\nSemver: \*\*minor\*\*/);
    await expect(readFile(join(repo, "CHANGELOG.md"), "utf8")).rejects.toThrow();

    const written = await changelog("--base", "HEAD", "--date", "2026-11-23", "--write");
    expect(written.code).toBe(0);
    expect(written.stdout).toBe("");
    expect(await readFile(join(repo, "CHANGELOG.md"), "utf8")).toBe(`# Changelog\n\n${dry.stdout}`);
    expect(await readFile(join(repo, "package.json"), "utf8")).toBe('{\n  "name": "x",\n  "version": "1.5.0",\n  "private": true\n}\n');
  });

  it("exits 2 naming a ref that does not exist", async () => {
    const result = await changelog("--base", "no-such-ref");

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no-such-ref is not a commit");
  });
});
