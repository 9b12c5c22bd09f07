// Summary statistics and the Markdown helpers RESULTS.md is built with.

export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error("summarize: no values");
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { n: sorted.length, median, min: sorted[0] as number, max: sorted.at(-1) as number };
}

/** `median (min–max)` with `format` applied to each. */
export function formatSummary(summary: Summary | undefined, format: (value: number) => string): string {
  if (summary === undefined) return "—";
  return summary.n === 1 ? format(summary.median) : `${format(summary.median)} (${format(summary.min)}–${format(summary.max)})`;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const millis = (ms: number): string => `${Math.round(ms)} ms`;
export const megabytes = (kb: number): string => `${Math.round(kb / 1024)} MB`;
export const perSecond = (value: number): string => `${Math.round(value).toLocaleString("en-US")}/s`;
export const ratio = (value: number): string => `${value.toFixed(2)}×`;

/**
 * The ratio of the medians, with the spread of the ratios within each run (a and b measured in
 * the same round, close in time): "0.50× (per run 0.45×–0.61×)".
 */
export function ratioWithSpread(a: readonly number[], b: readonly number[]): { value: number; text: string } {
  const value = summarize(a).median / summarize(b).median;
  const perRun = a.map((x, i) => x / (b[i] as number));
  const spread = perRun.length > 1 ? ` (per run ${ratio(Math.min(...perRun))}–${ratio(Math.max(...perRun))})` : "";
  return { value, text: `${ratio(value)}${spread}` };
}

/** ✅ when `value` meets the target; the comparison is stated next to it. */
export function verdict(value: number | undefined, target: { max?: number; min?: number }): string {
  if (value === undefined || Number.isNaN(value)) return "❌ (no result)";
  if (target.max !== undefined && value > target.max) return "❌";
  if (target.min !== undefined && value < target.min) return "❌";
  return "✅";
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const escapeCell = (cell: string) => cell.replace(/\|/g, "\\|").replace(/\n/g, " ");
  return [
    `| ${header.map(escapeCell).join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(" | ")} |`),
  ].join("\n");
}

/** Rotates `items` left by `by`: run r of a section starts with a different contender. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = ((by % items.length) + items.length) % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
