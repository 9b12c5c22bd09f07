import { asArray, isRecord, type Json, record } from "../document/json.js";
import { HTTP_METHODS } from "../document/operations.js";
import { toPointer } from "../document/pointer.js";
import { follow } from "../document/refs.js";
import type { ModelWarning } from "../model/api-model.js";

/** `name={name}`: a query pair whose value is a template variable of the same name. */
const TEMPLATED_PAIR = /^([^=&{}]+)=\{([^{}]+)\}$/;

/**
 * A path key that carries a query of templated pairs, `/latest?term={term}&amount={amount}`
 * (APIs.guru's icons8.com), read as what it means: the path `/latest` and required query
 * parameters `term` and `amount`. Each `in: path` parameter of such a name becomes `in: query`;
 * a name no parameter declares (icons8 leaves out `term`) becomes a required string query
 * parameter, with a warning. On the wire a value is sent as the key said (`term=value`); left as
 * it is, the key would be refused (a template variable with no path parameter), or, declared,
 * substituted in place while other query parameters were appended after a second `?`.
 *
 * A key is left as it is (for validation to judge) when its query holds anything but templated
 * pairs, when a pair's name differs from its variable, when its path item is a `$ref`, or when its
 * path is another key's too: two keys must not become one. The document is returned itself when
 * no key changes.
 */
export function splitPathQueries(document: Json): { document: Json; warnings: ModelWarning[] } {
  const paths = record(document.paths);
  const keys = Object.keys(paths);
  const pathOf = (key: string) => (key.includes("?") ? key.slice(0, key.indexOf("?")) : key);
  const warnings: ModelWarning[] = [];
  const out: Json = {};
  for (const key of keys) {
    const split = splitKey(key);
    const item = paths[key];
    const shared = split !== undefined && keys.some((other) => other !== key && pathOf(other) === split.path);
    if (split === undefined || shared || !isRecord(item) || item.$ref !== undefined) {
      out[key] = item;
      continue;
    }
    const { item: moved, undeclared } = withQueryParameters(document, item, new Set(split.names));
    out[split.path] = moved;
    const added = undeclared.length === 0 ? "" : `; ${undeclared.map((name) => `\`${name}\``).join(", ")}, declared by no parameter, read as a required string`;
    warnings.push({
      pointer: toPointer(["paths", key]),
      message: `The path \`${key}\` carries a query: read as the path \`${split.path}\` with required query parameters ${split.names.map((name) => `\`${name}\``).join(", ")}${added}.`,
    });
  }
  return warnings.length === 0 ? { document, warnings } : { document: { ...document, paths: out }, warnings };
}

/** The path and the query's names of `/p?a={a}&b={b}`; undefined for a key without a query, or with any other kind of query. */
function splitKey(key: string): { path: string; names: string[] } | undefined {
  const at = key.indexOf("?");
  if (at < 0) return undefined;
  const names: string[] = [];
  for (const pair of key.slice(at + 1).split("&")) {
    const match = TEMPLATED_PAIR.exec(pair);
    if (match === null || match[1] !== match[2]) return undefined;
    names.push(match[1] as string);
  }
  return names.length === 0 ? undefined : { path: key.slice(0, at), names };
}

/** The path item with its `names` parameters moved to the query, each operation given those no list declares. */
function withQueryParameters(document: Json, item: Json, names: ReadonlySet<string>): { item: Json; undeclared: string[] } {
  const moveList = (list: unknown) => asArray(list).map((entry) => moved(document, entry, names));
  const declaredIn = (list: unknown) => asArray(list).map((entry) => follow(document, { node: entry, pointer: "" }).node.name);
  const shared = declaredIn(item.parameters);
  const undeclared = new Set<string>();
  const result: Json = { ...item };
  if (item.parameters !== undefined) result.parameters = moveList(item.parameters);
  for (const method of HTTP_METHODS) {
    const operation = item[method];
    if (!isRecord(operation)) continue;
    const declared = new Set([...shared, ...declaredIn(operation.parameters)]);
    const missing = [...names].filter((name) => !declared.has(name));
    for (const name of missing) undeclared.add(name);
    const added = missing.map((name) => ({ name, in: "query", required: true, schema: { type: "string" } }));
    result[method] = { ...operation, parameters: [...moveList(operation.parameters), ...added] };
  }
  return { item: result, undeclared: [...undeclared] };
}

/** A parameter named in the query, declared `in: path`: the same parameter `in: query`, required (a `$ref` is replaced by its target's copy). */
function moved(document: Json, entry: unknown, names: ReadonlySet<string>): unknown {
  const { node } = follow(document, { node: entry, pointer: "" });
  if (node.in !== "path" || typeof node.name !== "string" || !names.has(node.name)) return entry;
  return { ...node, in: "query", required: true };
}
