/** Changing a few nodes of a document without touching it: what the generator ignores or reads otherwise is handed on so. */
import type { Json } from "./json.js";

/** Take the node at `path` out (a list item: the list closes up), or put `value` there. */
export type DocumentEdit = { path: readonly string[]; remove: true } | { path: readonly string[]; value: unknown };

/**
 * A copy of `document` with `edits` made: only the objects and lists on the way to an edited
 * node are copied, the rest is shared, so a 20 MB spec with three ignored keys costs three short
 * paths. An edit whose parent is not there is skipped; list items are removed after every edit,
 * so indexes stay those of the original document (and of the issues that name them).
 */
export function editDocument(document: Json, edits: readonly DocumentEdit[]): Json {
  if (edits.length === 0) return document;
  const copies = new Map<object, object>();
  const removedItems = new Map<unknown[], Set<number>>();
  const copyOf = <T extends object>(node: T): T => {
    let copy = copies.get(node);
    if (copy === undefined) {
      copy = Array.isArray(node) ? [...node] : copyObject(node);
      copies.set(node, copy);
      // A copy is its own copy: a second edit through it changes it in place.
      copies.set(copy, copy);
    }
    return copy as T;
  };
  const root = copyOf(document);
  for (const edit of edits) {
    const parent = parentOf(root, edit.path, copyOf);
    const last = edit.path[edit.path.length - 1];
    if (parent === undefined || last === undefined) continue;
    if ("value" in edit) defineOwn(parent, last, edit.value);
    else if (!Object.hasOwn(parent, last)) continue;
    else if (Array.isArray(parent)) removedItems.set(parent, (removedItems.get(parent) ?? new Set<number>()).add(Number(last)));
    else delete (parent as Json)[last];
  }
  for (const [list, removed] of removedItems) list.splice(0, list.length, ...list.filter((_item, index) => !removed.has(index)));
  return root;
}

/** The (copied) object or list that holds the last segment of `path`, copying every node on the way. */
function parentOf(root: object, path: readonly string[], copyOf: <T extends object>(node: T) => T): object | undefined {
  let node: object = root;
  for (const segment of path.slice(0, -1)) {
    if (!Object.hasOwn(node, segment)) return undefined;
    const child = (node as Json)[segment];
    if (typeof child !== "object" || child === null) return undefined;
    const copy = copyOf(child);
    defineOwn(node, segment, copy);
    node = copy;
  }
  return node;
}

function copyObject(node: object): object {
  const copy = {};
  for (const [key, value] of Object.entries(node)) defineOwn(copy, key, value);
  return copy;
}

/** An own, plain property even for the key `__proto__` (an assignment would set the prototype instead). */
function defineOwn(node: object, key: string, value: unknown): void {
  Object.defineProperty(node, key, { value, enumerable: true, writable: true, configurable: true });
}
