// Child processes for the benchmark: timed runs with peak memory, long-lived helpers, and a
// cleanup that reaches every process we started (each child leads its own process group).
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Children still running, by process group id (= their pid, as they are spawned detached). */
const live = new Map<number, ChildProcess>();

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/** Scratch folders of runs in progress, removed by killAll when a run is interrupted. */
const scratchDirs = new Set<string>();

/** Kills the process group of every child still running and removes scratch folders. Safe to call more than once. */
export function killAll(signal: NodeJS.Signals = "SIGKILL"): void {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
  scratchDirs.clear();
  for (const [pgid, child] of live) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-pgid, signal);
      } catch {
        // Already gone.
      }
    }
    live.delete(pgid);
  }
}

const TIME_BIN = "/usr/bin/time";
export const HAVE_GNU_TIME = existsSync(TIME_BIN);

export interface Measured {
  /** From just before spawn to the exit of the whole measured command. */
  wallMs: number;
  /** GNU time's %M: peak RSS of the largest single process of the tree (ru_maxrss over waited-for descendants), KB. */
  maxRssKb: number | undefined;
  /** User + system CPU time of the whole tree (GNU time %U + %S), ms: less sensitive than wall time to other load on the machine. */
  cpuMs: number | undefined;
  /** Peak of the summed RSS of every process in the tree, sampled every `sampleMs` from /proc, KB. */
  treeRssKb: number | undefined;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the run after this long. @default 15 minutes */
  timeoutMs?: number;
  /** Interval of the /proc RSS sampler; 0 turns it off. @default 50 */
  sampleMs?: number;
}

/**
 * Runs `command args` once, as its own process group, under GNU time when available.
 * Output is captured (never echoed); the caller decides what a non-zero exit means.
 */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<Measured> {
  const scratch = await mkdtemp(join(tmpdir(), "bench-time-"));
  scratchDirs.add(scratch);
  const timeFile = join(scratch, "time.txt");
  const [file, argv] = HAVE_GNU_TIME ? [TIME_BIN, ["-o", timeFile, "-f", "%M %U %S", command, ...args]] : [command, [...args]];
  let stdout = "";
  let stderr = "";
  let treePeakKb = 0;
  let sampled = false;
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  if (child.pid !== undefined) live.set(child.pid, child);
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const sampleMs = options.sampleMs ?? 50;
  let sampling = false;
  const sampler =
    sampleMs > 0 && child.pid !== undefined
      ? setInterval(() => {
          if (sampling) return;
          sampling = true;
          void treeRssKb(child.pid as number)
            .then((kb) => {
              if (kb !== undefined) {
                sampled = true;
                treePeakKb = Math.max(treePeakKb, kb);
              }
            })
            .finally(() => (sampling = false));
        }, sampleMs)
      : undefined;
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  }, timeoutMs);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit, reject) => {
    child.once("error", reject);
    child.once("close", (exitCode, exitSignal) => resolveExit({ code: exitCode, signal: exitSignal }));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  clearInterval(sampler);
  if (child.pid !== undefined) live.delete(child.pid);
  let maxRssKb: number | undefined;
  let cpuMs: number | undefined;
  if (HAVE_GNU_TIME) {
    const text = await readFile(timeFile, "utf8").catch(() => "");
    // GNU time prints "Command exited with non-zero status N" before the format line.
    const match = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(text.trim().split("\n").at(-1) ?? "");
    if (match) {
      maxRssKb = Number(match[1]);
      cpuMs = (Number(match[2]) + Number(match[3])) * 1000;
    }
  }
  await rm(scratch, { recursive: true, force: true });
  scratchDirs.delete(scratch);
  if (timedOut) stderr += `\n[bench] killed after ${timeoutMs} ms\n`;
  return { wallMs, maxRssKb, cpuMs, treeRssKb: sampled ? treePeakKb : undefined, code, signal, stdout, stderr };
}

const PAGE_KB = 4;

/** Sum of RSS over `root` and all its descendants, from /proc/<pid>/stat; undefined when /proc is unavailable. */
async function treeRssKb(root: number): Promise<number | undefined> {
  let names: string[];
  try {
    names = await readdir("/proc");
  } catch {
    return undefined;
  }
  const stats = await Promise.all(
    names
      .filter((name) => /^\d+$/.test(name))
      .map(async (name) => {
        const text = await readFile(`/proc/${name}/stat`, "utf8").catch(() => undefined);
        if (text === undefined) return undefined;
        // Fields after the command (which may contain spaces): state ppid ... rss is field 24 overall.
        const rest = text.slice(text.lastIndexOf(")") + 2).split(" ");
        return { pid: Number(name), ppid: Number(rest[1]), rssPages: Number(rest[21]) };
      }),
  );
  const children = new Map<number, { pid: number; rssPages: number }[]>();
  let rootStat: { pid: number; rssPages: number } | undefined;
  for (const stat of stats) {
    if (stat === undefined) continue;
    if (stat.pid === root) rootStat = stat;
    children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  }
  if (rootStat === undefined) return undefined;
  let total = 0;
  const queue = [rootStat];
  while (queue.length > 0) {
    const next = queue.pop() as { pid: number; rssPages: number };
    total += next.rssPages * PAGE_KB;
    queue.push(...(children.get(next.pid) ?? []));
  }
  return total;
}

/** A long-lived helper (server, watcher): its own process group, output collected as it comes. */
export interface Helper {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
}

export function startHelper(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Helper {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  if (child.pid !== undefined) live.set(child.pid, child);
  const helper: Helper = {
    child,
    stdout: "",
    stderr: "",
    exited: new Promise((resolveExit) => {
      child.once("error", () => resolveExit(null));
      child.once("close", (code) => {
        if (child.pid !== undefined) live.delete(child.pid);
        resolveExit(code);
      });
    }),
  };
  child.stdout?.on("data", (chunk: Buffer) => (helper.stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (helper.stderr += chunk.toString()));
  return helper;
}

/** Asks a helper's process group to stop with `signal`, then kills it after `graceMs`. */
export async function stopHelper(helper: Helper, signal: NodeJS.Signals = "SIGTERM", graceMs = 5_000): Promise<number | null> {
  const { child } = helper;
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return helper.exited;
  try {
    process.kill(-child.pid, signal);
  } catch {
    return helper.exited;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-(child.pid as number), "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
  }, graceMs);
  const code = await helper.exited;
  clearTimeout(timer);
  return code;
}

/** Waits until `predicate` holds, polling every `everyMs`; throws `message` after `timeoutMs`. */
export async function waitUntil(predicate: () => boolean | Promise<boolean>, timeoutMs: number, message: () => string, everyMs = 20): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await predicate())) {
    if (performance.now() > deadline) throw new Error(message());
    await sleep(everyMs);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}

/** The last `lines` lines of a process's output, for error messages. */
export function tail(text: string, lines = 15): string {
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

/**
 * Waits for a server helper (bench/*-server.ts) to print `port <n>` once listening, and returns
 * that port; throws with the helper's stderr when it exits or stays silent for 30 s.
 */
export async function serverPort(server: Helper, name: string): Promise<string> {
  await waitUntil(
    () => /^port \d+$/m.test(server.stdout) || server.child.exitCode !== null,
    30_000,
    () => `${name} did not start:\n${tail(server.stderr)}`,
  );
  const port = /^port (\d+)$/m.exec(server.stdout)?.[1];
  if (port === undefined || port === "0") throw new Error(`${name} did not start:\n${tail(server.stderr)}`);
  return port;
}
