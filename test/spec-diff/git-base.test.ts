// `spec:diff --base REF`: every spec in specs/ at a git ref against the working tree, specs added
// and deleted included, in throwaway git repositories under the system's temporary folder. The
// repository's own scripts/spec-diff.ts runs by absolute path with the temporary repository as cwd,
// under `node --import tsx` as package.json's scripts run.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, TSX_LOADER } from "../helpers/cli.js";

const run = promisify(execFile);
const FIXTURES = resolve(REPO_ROOT, "test/fixtures/spec-diff-cli");
const SPEC_DIFF = resolve(REPO_ROOT, "scripts/spec-diff.ts");

let scratch: string;

/**
 * The environment of every git command and CLI run: no GIT_* variable of whatever runs the tests
 * (a hook's GIT_DIR or GIT_INDEX_FILE would point git at /work/main), and git never looks above
 * the scratch folder for a repository.
 */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key.startsWith("GIT_") || key === "NO_COLOR" || key === "FORCE_COLOR") continue;
    clean[key] = value;
  }
  return { ...clean, GIT_CEILING_DIRECTORIES: dirname(scratch), GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0", ...extra };
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run("git", args, { cwd, env: env() })).stdout;
}

/** A new repository under the scratch folder, committing `specs/` as copied from `from`. */
async function repoWith(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(dir, { recursive: true });
  await git(dir, "init", "-q");
  await git(dir, "config", "user.name", "spec-diff test");
  await git(dir, "config", "user.email", "spec-diff-test@example.test");
  await git(dir, "config", "commit.gpgsign", "false");
  await placeSpecs(dir, files);
  await git(dir, "add", "-A");
  await git(dir, "commit", "-q", "-m", "base");
  return dir;
}

/** Replaces `specs/` with the given files: repository path → fixture path (a folder is copied whole). */
async function placeSpecs(dir: string, files: Record<string, string>): Promise<void> {
  await rm(join(dir, "specs"), { recursive: true, force: true });
  for (const [target, source] of Object.entries(files)) {
    await mkdir(dirname(join(dir, target)), { recursive: true });
    await cp(source, join(dir, target), { recursive: true });
  }
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function specDiff(cwd: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", TSX_LOADER, SPEC_DIFF, ...args],
      { cwd, env: env(), timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

interface Change {
  id: string;
  level: string;
  operation: string;
  location: string;
  message: string;
  spec: string;
}
interface SdkChange {
  kind: string;
  method: string;
  operation: string;
  breaking: boolean;
  message: string;
  spec: string;
}
interface Report {
  changes: Change[];
  summary: Record<string, number>;
  sdk: { changes: SdkChange[] };
  semver: string;
}

const BASE = join(FIXTURES, "git/base/specs");
const WORKING = join(FIXTURES, "git/working/specs");

/** Committed: pets.yaml (v1), store.yaml + store/schemas.yaml (one spec over two files), legacy.yaml, README.md. */
const COMMITTED = {
  "specs/pets.yaml": join(FIXTURES, "v1.yaml"),
  "specs/store.yaml": join(BASE, "store.yaml"),
  "specs/store/schemas.yaml": join(BASE, "store/schemas.yaml"),
  "specs/legacy.yaml": join(BASE, "legacy.yaml"),
  "specs/README.md": join(BASE, "README.md"),
};
/** Working tree: pets.yaml changed, store/schemas.yaml and store.yaml changed, legacy.yaml deleted, users.json added (untracked). */
const WORKING_TREE = {
  "specs/pets.yaml": join(FIXTURES, "v2-breaking.yaml"),
  "specs/store.yaml": join(WORKING, "store.yaml"),
  "specs/store/schemas.yaml": join(WORKING, "store/schemas.yaml"),
  "specs/users.json": join(WORKING, "users.json"),
  "specs/README.md": join(WORKING, "README.md"),
};

/** Repositories: `changed` (HEAD = tag v1, working tree changed), `clean` (a clone: working tree = HEAD). */
const repos = { changed: "", clean: "", badAtRef: "", badInTree: "", notGit: "" };
let headJson: Run;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "spec-diff-git-"));
  repos.changed = await repoWith("changed", COMMITTED);
  await git(repos.changed, "tag", "v1");
  await placeSpecs(repos.changed, WORKING_TREE);
  repos.clean = join(scratch, "clean");
  await git(scratch, "clone", "-q", repos.changed, repos.clean);
  repos.badAtRef = await repoWith("bad-at-ref", { "specs/pets.yaml": join(FIXTURES, "bad-ref.yaml") });
  await placeSpecs(repos.badAtRef, { "specs/pets.yaml": join(FIXTURES, "v1.yaml") });
  repos.badInTree = await repoWith("bad-in-tree", { "specs/pets.yaml": join(FIXTURES, "v1.yaml") });
  await placeSpecs(repos.badInTree, { "specs/pets.yaml": join(FIXTURES, "bad-ref.yaml") });
  repos.notGit = join(scratch, "not-git");
  await placeSpecs(repos.notGit, { "specs/pets.yaml": join(FIXTURES, "v1.yaml") });
  // Sanity of the setup itself: git sees the three kinds of change.
  const status = (await git(repos.changed, "status", "--porcelain", "--untracked-files=all")).split("\n").filter(Boolean).sort();
  expect(status).toEqual([" D specs/legacy.yaml", " M specs/pets.yaml", " M specs/store.yaml", " M specs/store/schemas.yaml", "?? specs/users.json"]);
  headJson = await specDiff(repos.changed, ["--base", "HEAD", "--format", "json"]);
});

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Operations by spec and kind: the operation-level rules only. */
function operationsBySpec(report: Report): Record<string, { added: string[]; removed: string[]; deprecatedRemoved: string[] }> {
  const result: Record<string, { added: string[]; removed: string[]; deprecatedRemoved: string[] }> = {};
  for (const change of report.changes) {
    const entry = result[change.spec] ?? { added: [], removed: [], deprecatedRemoved: [] };
    result[change.spec] = entry;
    if (change.id === "operation-added") entry.added.push(change.operation);
    if (change.id === "operation-removed") entry.removed.push(change.operation);
    if (change.id === "deprecated-operation-removed") entry.deprecatedRemoved.push(change.operation);
  }
  for (const entry of Object.values(result)) for (const list of Object.values(entry)) list.sort();
  return result;
}

describe("--base HEAD with specs changed, added and deleted", () => {
  it("exits 1 (a breaking change) with the JSON report on stdout only", () => {
    expect(headJson.stderr).toBe("");
    expect(headJson.code).toBe(1);
    const report = JSON.parse(headJson.stdout) as Report;
    expect(Object.keys(report).sort()).toEqual(["changes", "sdk", "semver", "summary"]);
    // In --base mode every change and SDK change also names its spec.
    for (const change of report.changes) expect(Object.keys(change).sort()).toEqual(["id", "level", "location", "message", "operation", "spec"]);
    for (const change of report.sdk.changes) expect(Object.keys(change).sort()).toEqual(["breaking", "kind", "message", "method", "operation", "spec"]);
    expect(report.summary).toEqual({
      breaking: report.changes.filter((change) => change.level === "breaking").length,
      warning: report.changes.filter((change) => change.level === "warning").length,
      info: report.changes.filter((change) => change.level === "info").length,
    });
    expect(report.semver).toBe("major");
  });

  it("reports exactly the operations added and removed, per spec", () => {
    const report = JSON.parse(headJson.stdout) as Report;
    expect(operationsBySpec(report)).toEqual({
      // Changed: one operation removed, one added (the renamed path parameter is no change).
      "specs/pets.yaml": { added: ["GET /owners"], removed: ["DELETE /pets/{petId}"], deprecatedRemoved: [] },
      // Split over two files: one operation added in the main file.
      "specs/store.yaml": { added: ["POST /store/orders"], removed: [], deprecatedRemoved: [] },
      // Deleted: every operation removed, the deprecated one as such.
      "specs/legacy.yaml": { added: [], removed: ["GET /legacy/status"], deprecatedRemoved: ["GET /legacy/items"] },
      // Added (untracked, JSON): every operation added.
      "specs/users.json": { added: ["GET /users", "GET /users/{userId}"], removed: [], deprecatedRemoved: [] },
    });
    // Only specs directly in specs/: not README.md, not store/schemas.yaml.
    expect(new Set(report.sdk.changes.map((change) => change.spec))).toEqual(
      new Set(["specs/pets.yaml", "specs/store.yaml", "specs/legacy.yaml", "specs/users.json"]),
    );
  });

  it("tags each spec's other changes and SDK changes with that spec", () => {
    const report = JSON.parse(headJson.stdout) as Report;
    const pets = report.changes
      .filter((change) => change.spec === "specs/pets.yaml")
      .map((change) => change.id)
      .sort();
    expect(pets).toEqual(["operation-added", "operation-deprecated", "operation-removed", "request-type-widened"]);
    const sdk = (spec: string) =>
      report.sdk.changes
        .filter((change) => change.spec === spec)
        .map((change) => `${change.kind} ${change.operation}`)
        .sort();
    expect(sdk("specs/legacy.yaml")).toEqual(["method-removed GET /legacy/items", "method-removed GET /legacy/status"]);
    expect(sdk("specs/users.json")).toEqual(["method-added GET /users", "method-added GET /users/{userId}"]);
    expect(sdk("specs/pets.yaml")).toEqual(["method-added GET /owners", "method-removed DELETE /pets/{petId}", "params-changed POST /pets"]);
    expect(sdk("specs/store.yaml")).toEqual(["method-added POST /store/orders", "return-changed GET /store/orders"]);
  });

  it("reads the base of a split spec with its $refs as they were at REF", () => {
    // Only store/schemas.yaml changed for GET /store/orders: `note` added to Order. Had the base's
    // $ref been read from the working tree, there would be nothing to report.
    const report = JSON.parse(headJson.stdout) as Report;
    const orders = report.changes.filter((change) => change.spec === "specs/store.yaml" && change.operation === "GET /store/orders");
    expect(orders.map((change) => change.id)).toEqual(["response-property-added"]);
    expect(orders[0]?.message).toContain("`note`");
  });

  it("a tag as REF, and a run from a subfolder, give the same report", async () => {
    const [tag, subfolder] = await Promise.all([
      specDiff(repos.changed, ["--base", "v1", "--format", "json"]),
      specDiff(join(repos.changed, "specs/store"), ["--base", "HEAD", "--format", "json"]),
    ]);
    expect(tag.code).toBe(1);
    expect(tag.stdout).toBe(headJson.stdout);
    expect(subfolder.code).toBe(1);
    expect(subfolder.stdout).toBe(headJson.stdout);
  });

  it("names the spec of each change in the Markdown and follows --fail-on", async () => {
    const [markdown, never] = await Promise.all([
      specDiff(repos.changed, ["--base", "HEAD", "--format", "markdown", "--fail-on", "warning"]),
      specDiff(repos.changed, ["--base", "HEAD", "--fail-on", "never"]),
    ]);
    expect(markdown.code).toBe(1);
    const lines = markdown.stdout.split("\n");
    expect(lines[0]).toBe("<!-- spec-diff -->");
    expect(lines[1]).toBe("**API changes:** 2 breaking, 1 warning, 7 info · recommended version bump: **major**");
    expect(lines).toContain(
      "| `GET /legacy/status` | operation removed without being deprecated first | `operation-removed` | `specs/legacy.yaml #/paths/~1legacy~1status/get` |",
    );
    expect(lines).toContain(
      "| `DELETE /pets/{petId}` | operation removed without being deprecated first | `operation-removed` | `specs/pets.yaml #/paths/~1pets~1{petId}/delete` |",
    );
    expect(lines).toContain("| info | `GET /users` | operation added | `operation-added` | `specs/users.json #/paths/~1users/get` |");
    expect(never.code).toBe(0);
    expect(never.stderr).toBe("");
    expect(never.stdout.trimEnd().split("\n").at(-1)).toBe("2 breaking, 1 warning(s), 7 info; recommended version bump: major");
  });
});

describe("--base errors: exit 2, a message on stderr, nothing on stdout", () => {
  it("a ref that is not a commit", async () => {
    const result = await specDiff(repos.changed, ["--base", "no-such-ref"]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: "base: no-such-ref is not a commit in this repository\n" });
  });

  it("outside a git repository", async () => {
    const result = await specDiff(repos.notGit, ["--base", "HEAD"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^base: .*not-git is not inside a git repository\n$/);
  });

  it("a bad spec in the working tree: named with the side, file:line and pointer", async () => {
    const result = await specDiff(repos.badInTree, ["--base", "HEAD"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    const [first, ...frame] = result.stderr.trimEnd().split("\n");
    expect(first).toBe(
      `working tree: specs/pets.yaml:14 #/paths/~1pets/get/responses/200/content/application~1json/schema: Can't resolve $ref "#/components/schemas/Missing"`,
    );
    // Then a frame of the working tree's file, line 14 marked.
    expect(frame).toContainEqual(expect.stringMatching(/^> 14 \| +schema:$/));
  });

  // The base side is read from a temporary copy of REF's specs/ that is deleted before the
  // message is read: the message should name the spec as it is in the repository.
  it("a bad spec at REF: named with the side and REF, the spec's repository path, line and pointer", async () => {
    const result = await specDiff(repos.badAtRef, ["--base", "HEAD"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^base \(HEAD\): (HEAD:)?specs\/pets\.yaml:14 #\/paths\/~1pets\/get\/responses\/200\/content\/application~1json\/schema: Can't resolve \$ref "#\/components\/schemas\/Missing"\n$/,
    );
  });
});

describe("--base REF with nothing changed since REF", () => {
  it('exits 0 with "No API changes." in every format', async () => {
    const [text, markdown, json] = await Promise.all([
      specDiff(repos.clean, ["--base", "HEAD"]),
      specDiff(repos.clean, ["--base", "HEAD", "--format", "markdown"]),
      specDiff(repos.clean, ["--base", "HEAD", "--format", "json", "--fail-on", "warning"]),
    ]);
    expect(text).toEqual({ code: 0, stdout: "No API changes.\n", stderr: "" });
    expect(markdown).toEqual({ code: 0, stdout: "<!-- spec-diff -->\n**No API changes.**\n", stderr: "" });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ changes: [], summary: { breaking: 0, warning: 0, info: 0 }, sdk: { changes: [] }, semver: "none" });
  });
});
