/**
 * How an operation pages, if it does. Sources are asked in order, and the first that answers
 * decides: clients.config.json (the operation's entry by operationId, then the client's
 * `default`), then the spec's `x-pagination` (on the operation, then at the document root), then
 * detection (pagination-detect.ts). Config wins over the spec because it is the user's word on a
 * spec they may not control. `false` answers "does not page". A style that does not fit the
 * operation (a parameter it lacks, a field its response does not declare) answers nothing: for a
 * `default` or a root `x-pagination` that is how they apply "where they fit"; for an operation's own
 * entry it is also reported, as a warning (the next source is asked).
 */
import type { PaginationStrategy } from "../../src/runtime/pagination-strategy.js";
import { isJsonMediaType } from "../../src/runtime/media-type.js";
import { type Json, optionalString, record } from "../document/json.js";
import { mergeParameters, type OperationEntry, operationsOf } from "../document/operations.js";
import { escapePointerSegment } from "../document/pointer.js";
import { follow, type Located } from "../document/refs.js";
import { detectPagination, findItems, type PageShape } from "./pagination-detect.js";
import { type ClientPagination, type FieldKind, STRATEGY_FIELDS, settingShapeProblems } from "./pagination-setting.js";
import { propertiesOf, schemaAtPath } from "./schema-shape.js";

/** A problem that did not stop generation, located in the spec; what was done instead is in the message. */
export interface ModelWarning {
  pointer: string;
  message: string;
}

interface Source {
  /** Where a warning about it points: the setting itself in the spec, or the operation a config entry is for. */
  pointer: string;
  /** How a warning names it. */
  label: string;
  value: unknown;
  /** An operation's own setting: when it does not fit, say so. */
  own: boolean;
}

/** The operation's pagination, and what was wrong with the settings that named it. */
export function paginationOf(
  document: Json,
  entry: OperationEntry,
  config: ClientPagination | undefined,
): { strategy: PaginationStrategy | undefined; warnings: ModelWarning[] } {
  const shape = pageShapeOf(document, entry);
  const operationId = optionalString(entry.node.operationId);
  const operations = config?.operations ?? {};
  const sources: Source[] = [
    {
      pointer: entry.pointer,
      label: `clients.config.json pagination.operations[${JSON.stringify(operationId)}]`,
      value: operationId !== undefined && Object.hasOwn(operations, operationId) ? operations[operationId] : undefined,
      own: true,
    },
    { pointer: entry.pointer, label: "clients.config.json pagination.default", value: config?.default, own: false },
    { pointer: `${entry.pointer}/x-pagination`, label: "x-pagination", value: entry.node["x-pagination"], own: true },
    { pointer: "#/x-pagination", label: "x-pagination", value: document["x-pagination"], own: false },
  ];
  const warnings: ModelWarning[] = [];
  for (const source of sources) {
    if (source.value === undefined) continue;
    if (source.value === false) return { strategy: undefined, warnings };
    const problems = settingShapeProblems(source.value);
    const fitted = problems.length === 0 ? fitSetting(shape, source.value as Json) : { problems: [] as string[], strategy: undefined };
    if (fitted.strategy !== undefined) return { strategy: fitted.strategy, warnings };
    // A malformed setting is reported wherever it is; a well-formed one that does not fit only where it is the operation's own.
    if (problems.length > 0 || source.own) {
      const why = [...problems, ...fitted.problems].join("; ");
      warnings.push({ pointer: source.pointer, message: `${source.label} ignored: ${why}` });
    }
  }
  return { strategy: detectPagination(shape), warnings };
}

/** The query parameters, success JSON body and declared headers of an operation. */
export function pageShapeOf(document: Json, entry: OperationEntry): PageShape {
  const query = new Map<string, Located>();
  for (const parameter of mergeParameters(entry.parameters)) {
    if (parameter.node.in !== "query") continue;
    query.set(String(parameter.node.name), follow(document, { node: parameter.node.schema ?? {}, pointer: `${parameter.pointer}/schema` }));
  }
  const responses = record(entry.node.responses);
  const status = Object.keys(responses).find((code) => /^2/.test(code)) ?? (responses.default === undefined ? undefined : "default");
  if (status === undefined) return { document, method: entry.method, query, body: undefined, headers: new Set() };
  const response = follow(document, { node: responses[status], pointer: `${entry.pointer}/responses/${escapePointerSegment(status)}` });
  const content = record(response.node.content);
  const mediaType = Object.keys(content).find(isJsonMediaType);
  const body =
    mediaType === undefined
      ? undefined
      : follow(document, { node: record(content[mediaType]).schema, pointer: `${response.pointer}/content/${escapePointerSegment(mediaType)}/schema` });
  const headers = new Set(Object.keys(record(response.node.headers)).map((name) => name.toLowerCase()));
  return { document, method: entry.method, query, body, headers };
}

/** A well-formed setting as a strategy for this operation (items and idField filled in), or why it does not fit. */
function fitSetting(shape: PageShape, setting: Json): { strategy: PaginationStrategy | undefined; problems: string[] } {
  const style = setting.style as PaginationStrategy["style"];
  const problems: string[] = [];
  const items = Array.isArray(setting.items) ? (setting.items as string[]) : findItems(shape)?.path;
  if (items === undefined) problems.push("the response has no array of items to iterate: give `items`");
  const fields: Record<string, { kind: FieldKind }> = { ...STRATEGY_FIELDS[style], items: { kind: "path" } };
  for (const [key, field] of Object.entries(fields)) {
    const value = key === "items" ? items : setting[key];
    if (value === undefined) continue;
    if (field.kind === "param" && !shape.query.has(String(value))) problems.push(`the operation has no query parameter "${String(value)}"`);
    if ((field.kind === "path" || (field.kind === "source" && value !== "header")) && !declaresPath(shape, value as string[])) {
      problems.push(`the response cannot have ${JSON.stringify((value as string[]).join("."))}`);
    }
  }
  const idField = typeof setting.idField === "string" ? setting.idField : "id";
  if (style === "after" && items !== undefined && !itemsDeclare(shape, items, idField)) problems.push(`the items do not declare "${idField}"`);
  if (problems.length > 0) return { strategy: undefined, problems };
  const strategy = { ...setting, items, ...(style === "after" ? { idField } : {}) } as PaginationStrategy;
  return { strategy, problems };
}

/**
 * Whether the response may have a value at `path`: each name declared, or under a schema that
 * declares no properties (a setting is how a user fills in what such a schema leaves out, as
 * Slack's `response_metadata` on `users.list`).
 */
function declaresPath(shape: PageShape, path: readonly string[]): boolean {
  let at = shape.body;
  for (const name of path) {
    if (at === undefined) return false;
    const properties = propertiesOf(shape.document, at);
    if (properties.size === 0) return true;
    at = properties.get(name);
  }
  return at !== undefined;
}

/** Whether the items at `path` declare `name`; items of an undeclared shape are taken on trust. */
function itemsDeclare(shape: PageShape, path: readonly string[], name: string): boolean {
  const array = shape.body === undefined ? undefined : schemaAtPath(shape.document, shape.body, path);
  const items = array === undefined ? undefined : record(array.node.items);
  if (items === undefined) return false;
  const properties = propertiesOf(shape.document, { node: items, pointer: `${array?.pointer}/items` });
  return properties.size === 0 || properties.has(name);
}

/**
 * Every operation's warnings, each once (a malformed root `x-pagination` or config `default` is
 * reported by every operation), then clients.config.json entries for operationIds the spec does
 * not have: a typo would otherwise do nothing, silently.
 */
export function paginationWarnings(document: Json, perOperation: readonly ModelWarning[], config: ClientPagination | undefined): ModelWarning[] {
  const operationIds = new Set(operationsOf(document).flatMap((entry) => optionalString(entry.node.operationId) ?? []));
  const unknown = Object.keys(config?.operations ?? {})
    .filter((operationId) => !operationIds.has(operationId))
    .map((operationId) => ({
      pointer: "#/paths",
      message: `clients.config.json pagination.operations[${JSON.stringify(operationId)}] ignored: no operation has this operationId`,
    }));
  return [...new Map([...perOperation, ...unknown].map((warning) => [`${warning.pointer} ${warning.message}`, warning])).values()];
}
