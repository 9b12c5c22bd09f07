/** Flags of the bench commands: a bad value is a usage error (exit 2 with the usage), not a crash. */
export class UsageError extends Error {}

/** `--name N` as a whole number ≥ `min`, or `fallback` when not given. */
export function positiveInt(value: string | undefined, name: string, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new UsageError(`--${name} expects a whole number ≥ ${min}, got "${value}"`);
  return number;
}
