import { toPointer } from "../document/pointer.js";
import { type ClientPagination, settingShapeProblems } from "../model/pagination-setting.js";

/** What the generator needs to know about one client beyond its spec. */
export interface ClientConfig {
  /** Class name of the generated client, e.g. `Modbox`. */
  name: string;
  /** Path of the OpenAPI document. */
  spec: string;
  /** Folder the generated files go to; replaced whole on each run. */
  output: string;
  /** Vendor tag → resource property users see, where the tag is not that name (e.g. `subpackage_workspaces` → `workspaces`). */
  tags?: Record<string, string>;
  /** Environment variable read for a credential option (`token`, `apiKey`, `username`, …) when it is not passed. */
  env?: Record<string, string>;
  /** How list operations page, where detection cannot know: a `default` and per-operationId styles, or `false`. Wins over the spec's `x-pagination`. */
  pagination?: ClientPagination;
}

/** The whole of clients.config.json (its JSON Schema is clients.config.schema.json). */
export interface ClientsConfig {
  /** Where editors find the JSON Schema; ignored by the generator. */
  $schema?: string;
  /** @default [] */
  clients?: ClientConfig[];
}

/**
 * The shape of one config value. The JSON Schema says the same in its own words; a test
 * (test/cli/config.test.ts) holds the two to the same keys, types and requirements.
 */
export type FieldRule =
  | { type: "string"; required: boolean; minLength?: number; pattern?: { regex: RegExp; means: string } }
  | { type: "string-map"; required: boolean }
  | { type: "pagination"; required: boolean }
  | { type: "clients"; required: boolean };

/** A class name must be an identifier: it is emitted as `export class <name>`. */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export const CONFIG_FIELDS = {
  $schema: { type: "string", required: false },
  clients: { type: "clients", required: false },
} as const satisfies Record<keyof ClientsConfig, FieldRule>;

export const CLIENT_FIELDS = {
  name: { type: "string", required: true, minLength: 1, pattern: { regex: IDENTIFIER, means: "a JavaScript identifier" } },
  spec: { type: "string", required: true, minLength: 1 },
  output: { type: "string", required: true, minLength: 1 },
  tags: { type: "string-map", required: false },
  env: { type: "string-map", required: false },
  pagination: { type: "pagination", required: false },
} as const satisfies Record<keyof ClientConfig, FieldRule>;

/** One problem with the config, at a path like `clients[1].name`. */
export interface ConfigIssue {
  /** Where, as in JavaScript: `clients[0].tags.x`. */
  path: string;
  /** The same place as an RFC 6901 pointer, `#/clients/0/tags/x`. */
  pointer: string;
  message: string;
}

type Segment = string | number;

/** Every problem of a parsed clients.config.json; empty when it is valid. */
export function validateConfig(value: unknown): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  checkObject(value, [], CONFIG_FIELDS, issues);
  if (issues.length === 0) checkOutputsDistinct((value as ClientsConfig).clients ?? [], issues);
  return issues;
}

function checkObject(value: unknown, at: Segment[], fields: Record<string, FieldRule>, issues: ConfigIssue[]): void {
  if (!isRecord(value)) {
    issues.push(issue(at, `expected an object, got ${describe(value)}`));
    return;
  }
  for (const [key, field] of Object.entries(value)) {
    const rule = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (rule === undefined) {
      const suggestion = closestName(key, Object.keys(fields));
      issues.push(issue([...at, key], `unknown key${suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`}`));
    } else {
      checkField(field, [...at, key], rule, issues);
    }
  }
  // After the unknown keys: a misspelled key is read first, and the missing one it meant second.
  for (const [key, rule] of Object.entries(fields)) {
    if (rule.required && !Object.hasOwn(value, key)) issues.push(issue(at, `missing key "${key}"`));
  }
}

function checkField(value: unknown, at: Segment[], rule: FieldRule, issues: ConfigIssue[]): void {
  if (rule.type === "string") {
    if (typeof value !== "string") issues.push(issue(at, `expected a string, got ${describe(value)}`));
    else if (value.length < (rule.minLength ?? 0)) issues.push(issue(at, "must not be empty"));
    else if (rule.pattern !== undefined && !rule.pattern.regex.test(value)) issues.push(issue(at, `expected ${rule.pattern.means}, got ${describe(value)}`));
  } else if (rule.type === "string-map") {
    if (!isRecord(value)) issues.push(issue(at, `expected an object of strings, got ${describe(value)}`));
    else
      for (const [key, entry] of Object.entries(value))
        if (typeof entry !== "string") issues.push(issue([...at, key], `expected a string, got ${describe(entry)}`));
  } else if (rule.type === "pagination") {
    checkPagination(value, at, issues);
  } else if (!Array.isArray(value)) {
    issues.push(issue(at, `expected an array of clients, got ${describe(value)}`));
  } else {
    for (const [index, client] of value.entries()) checkObject(client, [...at, index], CLIENT_FIELDS, issues);
  }
}

/** `{ default?, operations? }`, each style well formed (model/pagination-setting.ts says what a style holds). */
function checkPagination(value: unknown, at: Segment[], issues: ConfigIssue[]): void {
  if (!isRecord(value)) {
    issues.push(issue(at, `expected an object with "default" and/or "operations", got ${describe(value)}`));
    return;
  }
  const checkSetting = (setting: unknown, where: Segment[]) => {
    for (const message of settingShapeProblems(setting)) issues.push(issue(where, message));
  };
  for (const key of Object.keys(value)) {
    if (key === "default") checkSetting(value.default, [...at, key]);
    else if (key !== "operations") issues.push(issue([...at, key], `unknown key${key === "operation" ? ' (did you mean "operations"?)' : ""}`));
  }
  if (value.operations === undefined) return;
  if (!isRecord(value.operations)) issues.push(issue([...at, "operations"], `expected an object by operationId, got ${describe(value.operations)}`));
  else for (const [operationId, setting] of Object.entries(value.operations)) checkSetting(setting, [...at, "operations", operationId]);
}

/** Two clients writing one folder would replace each other's output on every run. */
function checkOutputsDistinct(clients: readonly ClientConfig[], issues: ConfigIssue[]): void {
  const seen = new Map<string, number>();
  clients.forEach((client, index) => {
    const key = client.output.replace(/[\\/]+$/, "");
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else issues.push(issue(["clients", index, "output"], `${JSON.stringify(client.output)} is also clients[${first}].output`));
  });
}

function issue(at: Segment[], message: string): ConfigIssue {
  const path = at
    .map((segment, index) =>
      typeof segment === "number"
        ? `[${segment}]`
        : /^[A-Za-z_$][\w$]*$/.test(segment)
          ? `${index === 0 ? "" : "."}${segment}`
          : `[${JSON.stringify(segment)}]`,
    )
    .join("");
  return { path: path === "" ? "(top level)" : path, pointer: toPointer(at), message };
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The candidate a misspelling most likely meant: the nearest by edit distance (swapped letters
 * count once), if it is near enough to be a typo rather than another word.
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word.toLowerCase(), name.toLowerCase());
    if (best === undefined || distance < best.distance) best = { name, distance };
  }
  return best !== undefined && best.distance <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = distance;
    }
  }
  return at(a.length, b.length);
}
