/** The values of a parsed OpenAPI document, as the generator and the diff read them. */

export type Json = Record<string, unknown>;

/** A mapping, or `{}` for anything else (a list, a scalar, a missing value): read a field without a type test each time. */
export function record(value: unknown): Json {
  return isRecord(value) ? value : {};
}

export function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string with something in it, else undefined: an empty `description` describes nothing. */
export function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Orders names by UTF-16 code unit, the same on every machine (`localeCompare` is not). */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
