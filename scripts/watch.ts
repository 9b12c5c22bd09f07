// CLI only: watches every spec the config lists and reruns the pipeline for the one that changed.
// One result line per run goes to stdout; spec errors (with a code frame) and our own bugs go to
// stderr, and neither stops the watcher: the last good output stays in place until the spec is
// valid again.
import { type FSWatcher, watch } from "node:fs";
import { constants } from "node:os";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { listClients, runtimeImportFor } from "./clients.js";
import { shouldColour } from "./cli/colour.js";
import { type Command, defineCommand, HELP_OPTION, UsageError } from "./cli/command.js";
import { runIfMain } from "./cli/entry.js";
import { renderIssues, sourceReader } from "./cli/issues.js";
import type { ClientConfig } from "./pipeline/config.js";
import { SpecError, type SpecIssue } from "./pipeline/spec-error.js";
import { staleFiles, writeOutput } from "./pipeline/write-output.js";

/** The package root: where src/runtime lives, which the generated import is computed against. */
const REPO_ROOT = resolve(fileURLToPath(import.meta.url), "../..");

export const watchCommand = defineCommand({
  usage: ["[options]"],
  description:
    "Generates every client once, then regenerates a client each time its spec changes (saved in place,\nby rename or re-created). A spec error keeps the last good output.",
  options: {
    root: { type: "string", arg: "DIR", description: "folder holding clients.config.json and specs/", defaultText: "this repository" },
    debounce: { type: "string", arg: "MS", description: "quiet time after the last change before regenerating, in ms", default: "100" },
    help: HELP_OPTION,
  },
  epilogue:
    "Runs until Ctrl-C (SIGINT) or SIGTERM, then exits 0 once runs in progress have finished.\nExit codes: 0 stopped, 1 nothing to watch or an unreadable folder, 2 a bad option or\n            clients.config.json.",
  run: ({ values }) => {
    const debounceMs = Number(values.debounce);
    if (!/^\d+$/.test(values.debounce) || !Number.isSafeInteger(debounceMs))
      throw new UsageError(`--debounce expects a whole number of milliseconds, got "${values.debounce}"`);
    return watchSpecs({ root: resolve(values.root ?? REPO_ROOT), debounceMs });
  },
});

interface Options {
  root: string;
  debounceMs: number;
}

/** One watched spec, with the state that keeps its runs from overlapping. */
interface Target {
  client: ClientConfig;
  /** Absolute path of the spec file. */
  path: string;
  timer: NodeJS.Timeout | undefined;
  /** The run in progress, if any; a change arriving meanwhile sets `rerun` instead of starting another. */
  running: Promise<void> | undefined;
  rerun: boolean;
}

interface Session {
  options: Options;
  targets: Target[];
  watchers: FSWatcher[];
  stopping: boolean;
}

async function watchSpecs(options: Options): Promise<number> {
  let clients: ClientConfig[];
  try {
    clients = await listClients(options.root);
  } catch (error) {
    // An unreadable config or folder is the user's: one line. (A bad config is a ConfigError: the CLI shows it.)
    if (!isErrno(error)) throw error;
    process.stderr.write(`watch: ${error.message}\n`);
    return 1;
  }
  if (clients.length === 0) {
    // Watching nothing would look like a watcher that never fires.
    process.stderr.write(`watch: no specs to watch: ${options.root} has no clients.config.json entries and no specs/*.{yaml,yml,json}\n`);
    return 1;
  }
  const targets = clients.map((client): Target => ({ client, path: resolve(options.root, client.spec), timer: undefined, running: undefined, rerun: false }));
  const session: Session = { options, targets, watchers: [], stopping: false };
  const stopped = untilSignal(session);
  // Watch before the first run, so an edit made while it is running is queued rather than missed.
  session.watchers = watchFolders(targets, (target) => schedule(session, target));
  for (const target of targets) if (!session.stopping) await request(session, target);
  if (!session.stopping) process.stdout.write(`watching ${targets.length} spec(s)…\n`);
  await stopped;
  return 0;
}

/**
 * One watcher per folder, not per file: editors save by writing a new file and renaming it over
 * the old one (or delete and re-create it), which a watch on the file itself stops seeing.
 */
function watchFolders(targets: readonly Target[], onChange: (target: Target) => void): FSWatcher[] {
  const byFolder = new Map<string, Target[]>();
  for (const target of targets) byFolder.set(dirname(target.path), [...(byFolder.get(dirname(target.path)) ?? []), target]);
  return [...byFolder].map(([folder, inFolder]) => {
    const watcher = watch(folder, (_event, filename) => {
      // Some platforms do not say which file changed: then any spec in the folder may have.
      for (const target of inFolder) if (filename === null || filename === basename(target.path)) onChange(target);
    });
    watcher.on("error", (error) => process.stderr.write(`watch: ${folder}: ${error.message}; changes there are no longer seen\n`));
    return watcher;
  });
}

/** A save fires several events in a row; only the quiet after the last one starts a run. */
function schedule(session: Session, target: Target): void {
  if (session.stopping) return;
  clearTimeout(target.timer);
  target.timer = setTimeout(() => {
    target.timer = undefined;
    void request(session, target);
  }, session.options.debounceMs);
}

/** Runs `target` now, or, if it is already running, once more right after: two runs never interleave their writes. */
function request(session: Session, target: Target): Promise<void> {
  if (target.running) {
    target.rerun = true;
    return target.running;
  }
  target.running = drain(session, target);
  return target.running;
}

async function drain(session: Session, target: Target): Promise<void> {
  try {
    do {
      target.rerun = false;
      await regenerate(session.options.root, target.client);
    } while (target.rerun && !session.stopping);
  } finally {
    // No await between the loop's last check and this: a change cannot slip in unseen.
    target.running = undefined;
  }
}

/** Generates one client in memory and writes it only when its bytes differ; never throws. */
async function regenerate(root: string, client: ClientConfig): Promise<void> {
  const started = performance.now();
  const outputDir = resolve(root, client.output);
  try {
    // Same runtime import as scripts/generate.ts, so `generate --check` agrees with what we write.
    const runtimeImport = await runtimeImportFor(REPO_ROOT, outputDir);
    // Loaded on the first run, not at startup: `watch --help` needs none of the pipeline.
    const { generateClient } = await import("./pipeline/generate-client.js");
    const { files, warnings } = await generateClient(client, { cwd: root, runtimeImport });
    // What was generated differently from what the spec says is told on every run, as `generate` tells it.
    if (warnings.length > 0) process.stderr.write(`${describeWarnings(root, warnings)}\n`);
    const changed = await staleFiles(outputDir, files);
    if (changed.length > 0) await writeOutput(outputDir, files);
    process.stdout.write(`${client.spec} → ${client.output}: ${describeChange(changed)} in ${elapsed(started)} ms\n`);
  } catch (error) {
    process.stderr.write(`${describeFailure(root, client, error)}\n`);
    process.stderr.write(`${client.spec} → ${client.output}: kept the last good output (${elapsed(started)} ms)\n`);
  }
}

function describeChange(changed: readonly string[]): string {
  if (changed.length === 0) return "unchanged";
  return `${changed.length} ${changed.length === 1 ? "file" : "files"} changed (${changed.join(", ")})`;
}

function describeWarnings(root: string, warnings: readonly SpecIssue[]): string {
  const read = sourceReader();
  return renderIssues(warnings, {
    colour: shouldColour(process.stderr, process.env),
    severity: "warning",
    sourceOf: (issue) => read(resolve(root, issue.file)),
  });
}

/** Spec errors are the user's: their lines with code frames. A missing spec is an editor mid-save. Anything else is our bug: the stack. */
function describeFailure(root: string, client: ClientConfig, error: unknown): string {
  if (error instanceof SpecError) {
    const read = sourceReader();
    return renderIssues(error.issues, { colour: shouldColour(process.stderr, process.env), sourceOf: (issue) => read(resolve(root, issue.file)) });
  }
  if (isErrno(error) && error.code === "ENOENT" && error.path !== undefined && basename(error.path) === basename(client.spec)) {
    return `${client.spec}: not found (deleted, or an editor is replacing it); regenerating when it reappears`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function isErrno(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && "code" in error;
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}

/**
 * Resolves on the first SIGINT/SIGTERM once watchers are closed and runs in progress have
 * finished: exiting between writeOutput's two renames would leave no output at all.
 * A second signal exits at once.
 */
function untilSignal(session: Session): Promise<void> {
  return new Promise((resolveStopped) => {
    const stop = (signal: NodeJS.Signals) => {
      if (session.stopping) process.exit(128 + constants.signals[signal]);
      session.stopping = true;
      for (const watcher of session.watchers) watcher.close();
      for (const target of session.targets) clearTimeout(target.timer);
      void Promise.all(session.targets.map((target) => target.running)).then(() => resolveStopped());
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

runIfMain(import.meta.url, "watch", watchCommand as Command);
