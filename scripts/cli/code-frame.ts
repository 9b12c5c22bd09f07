/**
 * A few lines of a file around a position, as Babel's `@babel/code-frame` and Biome print them:
 *
 *     34 |       responses:
 *     35 |         '200':
 *   > 36 |           content:
 *        |           ^
 *     37 |             application/json:
 */
import { neutralize, paint } from "./colour.js";

export interface FrameOptions {
  colour: boolean;
  /** Lines shown before and after the marked one. @default 2 */
  context?: number;
  /** Widest a source line may be shown; longer lines are cut around the column (minified JSON is one line). @default 120 */
  width?: number;
}

/** `line` and `column` are 1-based, as in SpecIssue. Undefined when the line is not in `source`. */
export function codeFrame(source: string, position: { line: number; column?: number }, options: FrameOptions): string | undefined {
  const lines = source.split(/\r?\n|\r/);
  if (!Number.isInteger(position.line) || position.line < 1 || position.line > lines.length) return undefined;
  const { colour, context = 2, width = 120 } = options;
  const style = paint(colour);
  const first = Math.max(1, position.line - context);
  const last = Math.min(lines.length, position.line + context);
  const gutterWidth = String(last).length;
  const gutter = (label: string) => style.dim(`${label.padStart(gutterWidth)} |`);
  const column = Math.max(1, position.column ?? 1);
  // One window for every line, so the context stays aligned with the marked line.
  const window = windowAround(lines[position.line - 1] ?? "", column, width);
  const rows: string[] = [];
  for (let number = first; number <= last; number++) {
    const text = neutralize(cut(lines[number - 1] ?? "", window));
    const marked = number === position.line;
    rows.push(`${marked ? style.red(style.bold(">")) : " "} ${gutter(String(number))}${text === "" ? "" : ` ${text}`}`);
    if (marked) rows.push(`  ${gutter("")} ${caretPadding(lines[number - 1] ?? "", column, window)}${style.red(style.bold("^"))}`);
  }
  return rows.join("\n");
}

interface Window {
  /** 0-based index of the first character shown. */
  start: number;
  end: number;
  /** Whether the line is cut at either end (shown as `…`). */
  cutStart: boolean;
}

function windowAround(line: string, column: number, width: number): Window {
  if (line.length <= width) return { start: 0, end: Number.POSITIVE_INFINITY, cutStart: false };
  // The column sits a third of the way in: the text leading up to it matters less than what follows.
  const start = Math.max(0, Math.min(column - 1 - Math.floor(width / 3), line.length - width));
  return { start, end: start + width, cutStart: start > 0 };
}

function cut(line: string, window: Window): string {
  const shown = line.slice(window.start, window.end);
  return `${window.cutStart && line.length > window.start ? "…" : ""}${shown}${line.length > window.end ? "…" : ""}`;
}

/** Spaces up to the column, keeping the line's own tabs so the caret lands under the character in any tab width. */
function caretPadding(line: string, column: number, window: Window): string {
  const before = line.slice(window.start, Math.max(window.start, column - 1));
  return `${window.cutStart ? " " : ""}${before.replace(/[^\t]/g, " ")}`;
}
