/**
 * The operations of a document, as every stage and the diff read them: path items and
 * parameters behind a local `$ref` followed, parameters listed at the path item and at the
 * operation kept apart (with where each is written) and merged as OpenAPI says.
 */
import { HTTP_METHODS, type OperationMethod } from "../../src/runtime/http-method.js";
import { asArray, type Json, record } from "./json.js";
import { escapePointerSegment } from "./pointer.js";
import { follow, type Located } from "./refs.js";

export { HTTP_METHODS, type OperationMethod };

/** A parameter as listed, and the parameter object it stands for. */
export interface ParameterEntry extends Located {
  /** Where the entry is written: `#/paths/~1a/get/parameters/0` (`pointer` is where a `$ref` led). */
  at: string;
  /** Its index in the list it is in. */
  index: number;
  /** Listed by the path item (shared by its operations) or by the operation. */
  level: "path" | "operation";
}

export interface PathItemEntry extends Located {
  /** The key under `paths`, e.g. `/pets/{petId}`. */
  path: string;
  /** Parameters the path item lists for all its operations. */
  parameters: ParameterEntry[];
  operations: OperationEntry[];
}

export interface OperationEntry extends Located {
  path: string;
  method: OperationMethod;
  /** The path item's parameters, then the operation's own, as listed (see mergeParameters). */
  parameters: ParameterEntry[];
}

/**
 * Read once per document: the checks, the model, pagination, streams and the types stage each
 * ask, and on Graph v1.0 (11,422 operations, parameters behind `$ref`s) each reading took 0.4 s.
 * Documents are not changed once read (an edit makes a copy: edit-document.ts), and the lists
 * handed out are frozen, so no caller can change what the next one reads.
 */
const pathItemsRead = new WeakMap<Json, readonly PathItemEntry[]>();
const operationsRead = new WeakMap<Json, readonly OperationEntry[]>();

/** Every path item under `paths` in document order, each with its operations in HTTP_METHODS order. */
export function pathItemsOf(document: Json): readonly PathItemEntry[] {
  let items = pathItemsRead.get(document);
  if (items === undefined) {
    items = Object.freeze(readPathItems(document));
    pathItemsRead.set(document, items);
  }
  return items;
}

/** Every operation of the document: path items in document order, methods in HTTP_METHODS order. */
export function operationsOf(document: Json): readonly OperationEntry[] {
  let operations = operationsRead.get(document);
  if (operations === undefined) {
    operations = Object.freeze(pathItemsOf(document).flatMap((item) => item.operations));
    operationsRead.set(document, operations);
  }
  return operations;
}

function readPathItems(document: Json): PathItemEntry[] {
  const paths = record(document.paths);
  return Object.keys(paths).map((path) => {
    const item = follow(document, { node: paths[path], pointer: `#/paths/${escapePointerSegment(path)}` });
    const shared = parameterEntries(document, item.node.parameters, `${item.pointer}/parameters`, "path");
    const operations = HTTP_METHODS.flatMap((method): OperationEntry[] => {
      if (item.node[method] === undefined) return [];
      const pointer = `${item.pointer}/${method}`;
      const node = record(item.node[method]);
      const own = parameterEntries(document, node.parameters, `${pointer}/parameters`, "operation");
      return [{ path, method, node, pointer, parameters: [...shared, ...own] }];
    });
    return { ...item, path, parameters: shared, operations };
  });
}

/** The parameters that apply: an operation's override the path item's with the same name and location (OpenAPI 3.1 §4.8.9). */
export function mergeParameters(parameters: readonly ParameterEntry[]): ParameterEntry[] {
  const merged = new Map<string, ParameterEntry>();
  for (const entry of parameters) merged.set(`${String(entry.node.in)}:${String(entry.node.name)}`, entry);
  return [...merged.values()];
}

/** The `{name}`s of a path template, in order: anything but braces (`/users/{ユーザーID}` too). */
export function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1] ?? "");
}

function parameterEntries(document: Json, list: unknown, at: string, level: ParameterEntry["level"]): ParameterEntry[] {
  return asArray(list).map((entry, index) => ({ ...follow(document, { node: entry, pointer: `${at}/${index}` }), at: `${at}/${index}`, index, level }));
}
