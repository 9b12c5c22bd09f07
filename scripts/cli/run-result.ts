/**
 * What a generate or check run did, as the one-line summary every run ends with and as the
 * object `--json` prints. Pure: the command collects, these only word it.
 */
import { paint } from "./colour.js";
import type { IssueJson } from "./issues.js";

/** One client of the run. File lists are paths relative to `output`. */
export interface SpecResult {
  spec: string;
  name: string;
  output: string;
  /** Operations in the spec (method + path pairs), or null when the spec failed. */
  operations: number | null;
  /** Written because they were new or changed (generate). */
  written: string[];
  /** Deleted because the spec no longer produces them (generate). */
  removed: string[];
  /** Not what the spec produces (check): changed, missing or extra. */
  stale: string[];
  /** Already as the spec produces them. */
  unchanged: string[];
}

export interface RunResult {
  command: "generate" | "check";
  specs: SpecResult[];
  durationMs: number;
  /** Spec and config problems (exit 1 and 2); empty on success. */
  errors: IssueJson[];
  /** Spec problems that did not stop generation, each saying what was done instead (scripts/pipeline/tolerance.ts). @default [] */
  warnings?: IssueJson[];
}

/** The `--json` object: the documented shape, totals first-class so scripts need not add them up. */
export function resultJson(result: RunResult) {
  const total = (key: "written" | "removed" | "stale" | "unchanged") => result.specs.reduce((sum, spec) => sum + spec[key].length, 0);
  return {
    command: result.command,
    ok: result.errors.length === 0 && total("stale") === 0,
    specs: result.specs,
    operations: result.specs.reduce((sum, spec) => sum + (spec.operations ?? 0), 0),
    files: { written: total("written"), removed: total("removed"), stale: total("stale"), unchanged: total("unchanged") },
    durationMs: result.durationMs,
    errors: result.errors,
    // Only when there are some: a run without warnings prints the object it always did.
    ...(result.warnings !== undefined && result.warnings.length > 0 ? { warnings: result.warnings } : {}),
  };
}

/** `2 specs, 3 operations: 1 file written, 5 unchanged in 840 ms`, or what went wrong; `; 2 warnings` at the end when there are any. */
export function summaryLine(result: RunResult): string {
  const warnings = result.warnings?.length ?? 0;
  return `${outcomeLine(result)}${warnings > 0 ? `; ${count(warnings, "warning")}` : ""}`;
}

function outcomeLine(result: RunResult): string {
  const json = resultJson(result);
  const time = `${Math.round(result.durationMs)} ms`;
  if (result.errors.length > 0) {
    return `${result.command}: ${count(result.errors.length, "error")}; nothing was written (${time})`;
  }
  const what = `${count(result.specs.length, "spec")}, ${count(json.operations, "operation")}`;
  const { written, removed, stale, unchanged } = json.files;
  const parts: [number, string][] =
    result.command === "check"
      ? [
          [stale, "stale"],
          [unchanged, "up to date"],
        ]
      : [
          [written, "written"],
          [removed, "removed"],
          [unchanged, "unchanged"],
        ];
  // The noun goes on the first number only: "1 file written, 5 unchanged".
  const shown = parts.filter(([n]) => n > 0).map(([n, label], index) => (index === 0 ? `${count(n, "file")} ${label}` : `${n} ${label}`));
  const files = shown.join(", ") || "no files";
  const hint = result.command === "check" && stale > 0 ? "; run generate to update" : "";
  return `${what}: ${files} in ${time}${hint}`;
}

/** What happened to one client's folder: `specs/a.yaml → generated/a: 1 file written (client.ts)`; for check, a `stale:` line per file. */
export function specLine(spec: SpecResult, command: RunResult["command"], colour: boolean): string {
  const style = paint(colour);
  if (command === "check") return spec.stale.map((path) => `${style.yellow("stale:")} ${spec.output}/${path}\n`).join("");
  const changes = [
    spec.written.length > 0 && `${count(spec.written.length, "file")} written (${spec.written.join(", ")})`,
    spec.removed.length > 0 && `${spec.removed.length} removed (${spec.removed.join(", ")})`,
  ].filter((part) => part !== false);
  return `${spec.spec} → ${spec.output}: ${changes.length === 0 ? "unchanged" : style.green(changes.join(", "))}\n`;
}

export function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
