/**
 * A pagination style written by hand, where detection cannot know: an `x-pagination` extension
 * (on an operation or at the document root) or a `pagination` entry of clients.config.json. The
 * runtime's PaginationStrategy, with `items` (and `after`'s `idField`) optional: they default to
 * what detection finds (the response's array, `id`). `false` says the operation does not page.
 */
import type { BodyPath, PaginationStrategy } from "../../src/runtime/pagination-strategy.js";

type Setting<T> = T extends { items: BodyPath } ? Omit<T, "items" | "idField"> & { items?: BodyPath; idField?: string } : never;

/** A strategy as written by hand: PaginationStrategy with `items` and `idField` optional. */
export type StrategySetting = Setting<PaginationStrategy>;

/** A style, or `false` for "does not page". */
export type PaginationSetting = false | StrategySetting;

/** clients.config.json's `pagination` of one client. */
export interface ClientPagination {
  /** For every operation it fits (its parameters and fields exist); `false` switches detection off. */
  default?: PaginationSetting;
  /** By operationId: this operation's style, or `false`. Wins over `default`. */
  operations?: Record<string, PaginationSetting>;
}

/** What each field of a style holds: a query parameter's name, a path of body properties, a name, a number. */
export type FieldKind = "param" | "path" | "name" | "number" | "source";

export const STRATEGY_FIELDS: Record<PaginationStrategy["style"], Record<string, { kind: FieldKind; required: boolean }>> = {
  cursor: { cursorParam: { kind: "param", required: true }, nextCursor: { kind: "path", required: true }, hasMore: { kind: "path", required: false } },
  after: { afterParam: { kind: "param", required: true }, idField: { kind: "name", required: false }, hasMore: { kind: "path", required: false } },
  offset: { offsetParam: { kind: "param", required: true }, limitParam: { kind: "param", required: true }, total: { kind: "path", required: false } },
  page: {
    pageParam: { kind: "param", required: true },
    sizeParam: { kind: "param", required: false },
    totalPages: { kind: "path", required: false },
    total: { kind: "path", required: false },
    firstPage: { kind: "number", required: false },
  },
  link: { source: { kind: "source", required: true } },
};

/** Problems with the form of a setting (not with whether it fits an operation), each a sentence; empty when it is well formed. */
export function settingShapeProblems(value: unknown): string[] {
  if (value === false) return [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) return ["expected false or an object with a `style`"];
  const setting = value as Record<string, unknown>;
  const style = setting.style;
  if (typeof style !== "string" || !Object.hasOwn(STRATEGY_FIELDS, style)) {
    return [`\`style\` must be one of ${Object.keys(STRATEGY_FIELDS).join(", ")}, got ${JSON.stringify(style)}`];
  }
  const fields = { ...STRATEGY_FIELDS[style as PaginationStrategy["style"]], items: { kind: "path" as const, required: false } };
  const problems: string[] = [];
  for (const key of Object.keys(setting)) {
    if (key === "style") continue;
    const field = Object.hasOwn(fields, key) ? fields[key as keyof typeof fields] : undefined;
    if (field === undefined) problems.push(`\`${key}\` is not a field of the ${style} style`);
    else if (!hasKind(setting[key], field.kind)) problems.push(`\`${key}\` must be ${KIND_MEANS[field.kind]}`);
  }
  for (const [key, field] of Object.entries(fields)) if (field.required && !Object.hasOwn(setting, key)) problems.push(`the ${style} style needs \`${key}\``);
  return problems;
}

const KIND_MEANS: Record<FieldKind, string> = {
  param: "a query parameter's name",
  path: "a list of property names (`[]` is the body itself)",
  name: "a property name",
  number: "an integer",
  source: '"header" or a list of property names',
};

function hasKind(value: unknown, kind: FieldKind): boolean {
  if (kind === "param" || kind === "name") return typeof value === "string" && value !== "";
  if (kind === "number") return Number.isInteger(value);
  if (kind === "source" && value === "header") return true;
  return Array.isArray(value) && value.every((segment) => typeof segment === "string");
}
