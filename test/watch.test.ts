/**
 * `npm run watch` as a user runs it: a real child process watching a real folder, edited the
 * way editors do (in place, by rename, by delete and re-create). Assertions read the generated
 * files on disk and what the watcher printed, so a watcher that misses an event or writes
 * over good output on a bad edit fails here.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = resolve(fileURLToPath(import.meta.url), "../..");
const SPEC = "specs/modbox.yaml";
const OUTPUT = "generated/modbox";
const SUMMARY = "summary: Update Member Role";
/** A `$ref` that resolves in the original spec; pointing it elsewhere is a structural error with a line. */
const REF = "$ref: '#/components/schemas/WorkspaceMemberResponse'";
const CHANGED = /^specs\/modbox\.yaml → generated\/modbox: \d+ files? changed \((.+)\) in \d+ ms$/;
const KEPT = /^specs\/modbox\.yaml → generated\/modbox: kept the last good output/;

const original = await readFile(join(REPO, SPEC), "utf8");

/** A running `scripts/watch.ts` over its own temporary root, and everything it has printed. */
interface Watcher {
  root: string;
  child: ChildProcess;
  stdout: string;
  stderr: string;
}

type Stream = "stdout" | "stderr";

describe("npm run watch", () => {
  let w: Watcher;
  beforeAll(async () => (w = await startWatcher(50)));
  afterAll(() => stopWatcher(w));

  it("generates every client once at start, then says how many specs it watches", async () => {
    expect(w.stdout).toMatch(
      /^specs\/modbox\.yaml → generated\/modbox: 3 files changed \(client\.ts, index\.ts, schema\.ts\) in \d+ ms\nwatching 1 spec\(s\)…\n$/,
    );
    expect((await readOutput(w)).map((file) => file.path)).toEqual(["client.ts", "index.ts", "schema.ts"]);
  });

  it("regenerates the client when its spec is edited in place, and names the changed files", async () => {
    const stdout = mark(w, "stdout");
    await writeFile(join(w.root, SPEC), withSummary("Promote Member Watch1"));
    expect(await waitForLine(w, "stdout", stdout, CHANGED)).toContain("client.ts");
    expect(await readClient(w)).toContain("Promote Member Watch1");
  });

  it("keeps regenerating when an editor saves by renaming a new file over the spec", async () => {
    // Twice: a watch on the file itself sees the first replacement, then watches a deleted inode.
    for (const summary of ["Promote Member Watch2a", "Promote Member Watch2b"]) {
      const stdout = mark(w, "stdout");
      await saveByRename(w, withSummary(summary));
      await waitForLine(w, "stdout", stdout, CHANGED);
      expect(await readClient(w)).toContain(summary);
    }
  });

  it("keeps the last good output byte for byte when an edit breaks the spec, pointing at the line", async () => {
    await settle(w, "Promote Member Watch3");
    const before = await readOutput(w);
    const [stdout, stderr] = [mark(w, "stdout"), mark(w, "stderr")];
    // The issue points at the schema holding the `$ref`: its `schema:` key is the line above.
    const schemaLine = original.split("\n").findIndex((line) => line.includes(REF));
    await writeFile(join(w.root, SPEC), withSummary("Never Generated").replace(REF, "$ref: '#/components/schemas/Nope'"));
    await waitForLine(w, "stderr", stderr, KEPT);
    const pointer = "#/paths/~1workspaces~1{workspace_id}~1members~1{target_user_id}/put/responses/200/content/application~1json/schema";
    expect(w.stderr.slice(stderr)).toContain(`${SPEC}:${schemaLine} ${pointer}: Can't resolve $ref "#/components/schemas/Nope"\n`);

    const yamlError = mark(w, "stderr");
    await writeFile(join(w.root, SPEC), original.replace(SUMMARY, `${SUMMARY}\n      ${SUMMARY}`));
    await waitForLine(w, "stderr", yamlError, KEPT);
    expect(w.stderr.slice(yamlError)).toMatch(/^specs\/modbox\.yaml.* invalid YAML: Map keys must be unique, and "summary" appears twice$/m);

    expect(await readOutput(w)).toEqual(before);
    expect(w.stdout.slice(stdout)).toBe("");
  });

  it("regenerates again once a broken spec is fixed", async () => {
    const stderr = mark(w, "stderr");
    await writeFile(join(w.root, SPEC), "openapi: [");
    await waitForLine(w, "stderr", stderr, KEPT);
    await settle(w, "Promote Member Fixed");
  });

  it("tells a spec's warnings as generate does, with their places, and generates", async () => {
    const [stdout, stderr] = [mark(w, "stdout"), mark(w, "stderr")];
    await writeFile(join(w.root, SPEC), original.replace(SUMMARY, "summary: Promote Member Warned\n      colour: blue"));
    await waitForLine(w, "stdout", stdout, CHANGED);
    expect(w.stderr.slice(stderr)).toMatch(/^specs\/modbox\.yaml:\d+ #\/paths\/.+\/put\/colour: warning: Property `colour` is not expected here: ignored$/m);
    expect(await readClient(w)).toContain("Promote Member Warned");
  });

  it("waits out a deleted spec and regenerates when it is created again", async () => {
    await settle(w, "Promote Member Before Delete");
    const before = await readOutput(w);
    const stderr = mark(w, "stderr");
    await unlink(join(w.root, SPEC));
    await waitForLine(w, "stderr", stderr, KEPT);
    expect(w.stderr.slice(stderr)).toContain(`${SPEC}: not found`);
    expect(await readOutput(w)).toEqual(before);
    await settle(w, "Promote Member Recreated");
  });

  it("exits with 0 on SIGTERM, leaving no staging folders behind", async () => {
    const exited = new Promise<number | null>((resolveExit) => w.child.once("exit", (code) => resolveExit(code)));
    w.child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(await readdir(join(w.root, "generated"))).toEqual(["modbox"]);
  });
});

describe("npm run watch -- --debounce 0", () => {
  let w: Watcher;
  beforeAll(async () => (w = await startWatcher(0)));
  afterAll(() => stopWatcher(w));

  it("queues saves that arrive mid-run instead of running twice at once: the last save wins", async () => {
    const stderr = mark(w, "stderr");
    // No debounce and saves 20 ms apart, so most arrive while a generation (≈100 ms) is running.
    // Overlapping runs race on the output folder's renames, and an older run can finish last.
    const summaries = Array.from({ length: 12 }, (_, index) => `Promote Member Burst${index}`);
    for (const summary of summaries) {
      await saveByRename(w, withSummary(summary));
      await sleep(20);
    }
    const last = summaries.at(-1) as string;
    // writeOutput swaps folders by two renames: between them there is briefly no client.ts to read.
    await waitFor(w, async () => (await readClient(w).catch(() => "")).includes(last));
    // Time for a stray run, had one been started, to finish and overwrite the newest output.
    await sleep(500);
    expect(await readClient(w)).toContain(last);
    expect(w.stderr.slice(stderr)).toBe("");
    expect(await readdir(join(w.root, "generated"))).toEqual(["modbox"]);
  });
});

/** A temporary root holding a copy of the Modbox spec and a config listing only it; the watcher started over it. */
async function startWatcher(debounceMs: number): Promise<Watcher> {
  const root = await mkdtemp(join(tmpdir(), "watch-test-"));
  await mkdir(join(root, "specs"));
  await copyFile(join(REPO, SPEC), join(root, SPEC));
  const client = { name: "Modbox", spec: SPEC, output: OUTPUT, tags: { subpackage_workspaces: "workspaces" } };
  await writeFile(join(root, "clients.config.json"), JSON.stringify({ clients: [client] }, null, 2));
  const child = spawn(join(REPO, "node_modules/.bin/tsx"), ["scripts/watch.ts", "--root", root, "--debounce", String(debounceMs)], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so cleanup also reaches the node process tsx starts.
    detached: true,
  });
  const w: Watcher = { root, child, stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk: Buffer) => (w.stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (w.stderr += chunk.toString()));
  await waitFor(w, () => w.stdout.includes("watching"), 15_000);
  return w;
}

async function stopWatcher(w: Watcher | undefined): Promise<void> {
  if (w === undefined) return;
  const { child } = w;
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, "SIGKILL");
  await rm(w.root, { recursive: true, force: true });
}

function withSummary(summary: string): string {
  const edited = original.replace(SUMMARY, `summary: ${summary}`);
  expect(edited).not.toBe(original);
  return edited;
}

/** Writes the spec with `summary` and waits for the run to be reported, then checks client.ts has it. */
async function settle(w: Watcher, summary: string): Promise<void> {
  const stdout = mark(w, "stdout");
  await writeFile(join(w.root, SPEC), withSummary(summary));
  // The result line is printed after the write: waiting for it means the run is over, not just its files.
  await waitForLine(w, "stdout", stdout, CHANGED);
  expect(await readClient(w)).toContain(summary);
}

/** As vim and VS Code save: write a sibling file, then rename it over the original. */
async function saveByRename(w: Watcher, content: string): Promise<void> {
  const temporary = join(w.root, "specs", ".modbox.yaml.swp");
  await writeFile(temporary, content);
  await rename(temporary, join(w.root, SPEC));
}

function readClient(w: Watcher): Promise<string> {
  return readFile(join(w.root, OUTPUT, "client.ts"), "utf8");
}

/** Every generated file with its exact bytes, sorted by path. */
async function readOutput(w: Watcher): Promise<{ path: string; bytes: string }[]> {
  const folder = join(w.root, OUTPUT);
  const paths = (await readdir(folder, { recursive: true })).sort();
  return Promise.all(paths.map(async (path) => ({ path, bytes: (await readFile(join(folder, path))).toString("base64") })));
}

/** Where a stream's output stands now, so a test reads only what its own edit caused. */
function mark(w: Watcher, stream: Stream): number {
  return w[stream].length;
}

/** The first complete line `stream` printed after `from` that matches `pattern`. */
async function waitForLine(w: Watcher, stream: Stream, from: number, pattern: RegExp): Promise<string> {
  const find = () =>
    w[stream]
      .slice(from)
      .split("\n")
      .slice(0, -1)
      .find((line) => pattern.test(line));
  await waitFor(w, () => find() !== undefined);
  return find() as string;
}

async function waitFor(w: Watcher, condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline || w.child.exitCode !== null) {
      throw new Error(`timed out after ${timeoutMs} ms (watcher exit code ${w.child.exitCode})\nstdout:\n${w.stdout}\nstderr:\n${w.stderr}`);
    }
    await sleep(20);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}
