/**
 * How the CLI shows a problem in the user's files: the one-line `file:line #/pointer: message`
 * (unchanged, for tools and tests that read it), then a code frame of the file the problem is
 * in, with the caret at its column. As JSON: `{file, line, column, pointer, message}`.
 */
import { readFileSync } from "node:fs";
import type { ConfigError } from "../clients.js";
import { SpecError, type SpecIssue } from "../pipeline/spec-error.js";
import { codeFrame } from "./code-frame.js";
import { neutralize, paint } from "./colour.js";

/** An error as `--json` reports it; `line`, `column` and `pointer` are null when unknown. */
export interface IssueJson {
  file: string | null;
  line: number | null;
  column: number | null;
  pointer: string | null;
  message: string;
}

export function issueJson(issue: SpecIssue): IssueJson {
  return { file: issue.file, line: issue.line ?? null, column: issue.column ?? null, pointer: issue.pointer, message: issue.message };
}

export interface RenderOptions {
  colour: boolean;
  /** Put before the first line, e.g. `revision: ` for one side of a diff. */
  prefix?: string;
  /** The text of the issue's file, for the frame; without it, the first line only. */
  source?: string;
  /** A warning reads `warning: …` in yellow; an error is red. @default "error" */
  severity?: "error" | "warning";
}

export function renderIssue(issue: SpecIssue, options: RenderOptions): string {
  const style = paint(options.colour);
  const place = neutralize(issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`);
  // Spec text is neutralized before it is styled: the styles' own escapes must survive.
  const message = neutralize(issue.message);
  const said = options.severity === "warning" ? style.yellow(`warning: ${message}`) : style.red(message);
  const first = `${neutralize(options.prefix ?? "")}${style.bold(place)} ${style.dim(neutralize(issue.pointer))}: ${said}`;
  const frame =
    issue.line === undefined || options.source === undefined
      ? undefined
      : codeFrame(options.source, { line: issue.line, column: issue.column }, { colour: options.colour });
  return frame === undefined ? first : `${first}\n${frame}`;
}

/** Issues one after another; with frames, a blank line between them so each frame reads as its issue's. */
export function renderIssues(
  issues: readonly SpecIssue[],
  options: {
    colour: boolean;
    prefix?: (issue: SpecIssue) => string;
    sourceOf: (issue: SpecIssue) => string | undefined;
    severity?: RenderOptions["severity"];
  },
): string {
  const rendered = issues.map((issue) =>
    renderIssue(issue, {
      colour: options.colour,
      prefix: options.prefix?.(issue),
      source: issue.line === undefined ? undefined : options.sourceOf(issue),
      severity: options.severity,
    }),
  );
  return rendered.join(rendered.some((text) => text.includes("\n")) ? "\n\n" : "\n");
}

/** A file's text for a frame, read once per file per run; undefined when it cannot be read (a frame is a bonus, never the error). */
export function sourceReader(): (path: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (path) => {
    if (!cache.has(path)) {
      try {
        cache.set(path, readFileSync(path, "utf8"));
      } catch {
        cache.set(path, undefined); // gone (a diff's temporary base) or unreadable: the first line alone still says where
      }
    }
    return cache.get(path);
  };
}

/** A config error's issues located in the file (line, column), so they get frames like spec issues. */
export async function configIssues(error: ConfigError, source: string | undefined): Promise<SpecIssue[]> {
  const locate = await locator(error.file, source);
  return error.issues.map((issue) => ({ file: error.file, ...locate(issue.pointer), pointer: issue.pointer, message: `${issue.path}: ${issue.message}` }));
}

async function locator(file: string, source: string | undefined): Promise<(pointer: string) => { line?: number; column?: number }> {
  if (source === undefined) return () => ({});
  // Loaded only on this error path: the YAML parser is not needed to start the CLI.
  const { parseSpec } = await import("../pipeline/load-spec.js");
  try {
    const { positionOf } = parseSpec(new TextEncoder().encode(source), file);
    return (pointer) => positionOf(pointer) ?? {};
  } catch (error) {
    // Not JSON at all: the parser's own position of the syntax error.
    const at = error instanceof SpecError ? error.issues[0] : undefined;
    return () => ({ line: at?.line, column: at?.column });
  }
}

/** A config error as the user reads it: `clients.config.json: clients[1].nmae: unknown key (did you mean "name"?)`, then the frame. */
export async function renderConfigError(error: ConfigError, source: string | undefined, colour: boolean): Promise<string> {
  const style = paint(colour);
  const located = await configIssues(error, source);
  const rendered = located.map((issue) => {
    const frame = issue.line === undefined || source === undefined ? undefined : codeFrame(source, { line: issue.line, column: issue.column }, { colour });
    const first = `${style.bold(neutralize(error.file))}: ${style.red(neutralize(issue.message))}`;
    return frame === undefined ? first : `${first}\n${frame}`;
  });
  return rendered.join(rendered.some((text) => text.includes("\n")) ? "\n\n" : "\n");
}
