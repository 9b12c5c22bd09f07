import type { Json } from "../document/json.js";
import { walkNodes } from "../document/walk-nodes.js";

/**
 * Object.prototype's methods that Redocly's resolver calls when a key has their name: it looks
 * keys up in plain objects (`type.properties[key]`), finds the method and calls it without a
 * receiver, which throws a TypeError with no location. `constructor` and `toString` do not
 * throw (their complaints are dropped as Redocly's mistakes, see tolerance.ts).
 */
const UNCHECKABLE = new Set([
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "valueOf",
  "toLocaleString",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/** Added to an uncheckable key while Redocly reads the document: no JSON or YAML spec writes a NUL into a name it means. */
const MARK = "\u0000";

export interface EscapedKeys {
  /** The document Redocly may read: those keys renamed, and the `$ref`s and mapping values that name them. */
  document: Json;
  /** A pointer into the escaped document, as a pointer into the real one. */
  restorePointer(pointer: string): string;
  /** A document built from the escaped one (Redocly's bundle), with the real names back. */
  restore(document: Json): Json;
}

/**
 * Lets Redocly validate a document whose schemas, properties, parameters or tags are named
 * `valueOf` or `hasOwnProperty` (issue 11: such names are valid, and were refused). Every key of
 * that name is renamed, and so is every pointer segment that names it (`$ref`s, discriminator
 * mappings): a key and the pointers to it change together, so the document means the same.
 */
export function escapePrototypeKeys(document: Json): EscapedKeys {
  const markedKey = (key: string) => (UNCHECKABLE.has(key) ? `${key}${MARK}` : key);
  const escaped = namesUncheckable(document) ? rename(document, markedKey) : { node: document, changed: false };
  return {
    document: escaped.node as Json,
    restorePointer: (pointer) => (pointer.includes(MARK) ? renamePointer(pointer, realKey) : pointer),
    // Another file of the spec may have been escaped too (confined-resolver.ts): the bundle is looked at whole.
    restore: (bundle) => (hasKey(bundle, isEscaped) ? (rename(bundle, realKey).node as Json) : bundle),
  };
}

function isEscaped(key: string): boolean {
  return key.endsWith(MARK) && UNCHECKABLE.has(key.slice(0, -MARK.length));
}

function realKey(key: string): string {
  return isEscaped(key) ? key.slice(0, -MARK.length) : key;
}

/** One quick look first (most documents need no copy): a key of such a name, or a `$ref` or mapping into another file's. */
function namesUncheckable(document: Json): boolean {
  const isPointerInto = (value: unknown) =>
    typeof value === "string" &&
    value
      .split("#")[1]
      ?.split("/")
      .some((segment) => UNCHECKABLE.has(segment)) === true;
  return walkNodes(document, ({ node, key }) => {
    if (Array.isArray(node)) return false;
    const entries = Object.entries(node);
    return entries.some(([name, value]) => UNCHECKABLE.has(name) || ((name === "$ref" || key === "mapping") && isPointerInto(value)));
  });
}

/** Whether any key passes `test`. */
function hasKey(document: Json, test: (key: string) => boolean): boolean {
  return walkNodes(document, ({ node }) => !Array.isArray(node) && Object.keys(node).some(test));
}

/** A copy with keys renamed by `name`, and the segments of every `$ref` and `mapping` value; the node itself when nothing was. */
function rename(node: unknown, name: (key: string) => string, isMapping = false): { node: unknown; changed: boolean } {
  if (typeof node !== "object" || node === null) return { node, changed: false };
  if (Array.isArray(node)) {
    const items = node.map((item) => rename(item, name));
    return items.some((item) => item.changed) ? { node: items.map((item) => item.node), changed: true } : { node, changed: false };
  }
  let changed = false;
  const copy: Json = {};
  for (const [key, value] of Object.entries(node)) {
    const renamedKey = name(key);
    const isPointer = (key === "$ref" || isMapping) && typeof value === "string";
    const child = isPointer ? { node: renamePointer(value, name) } : rename(value, name, key === "mapping");
    // defineProperty: a key `__proto__` stays an own key of the copy, as in the document.
    Object.defineProperty(copy, renamedKey, { value: child.node, enumerable: true, writable: true, configurable: true });
    changed ||= renamedKey !== key || ("changed" in child ? child.changed : child.node !== value);
  }
  return changed ? { node: copy, changed } : { node, changed: false };
}

/** `other.yaml#/components/schemas/valueOf` with each segment of its fragment renamed; text before `#` is kept. */
function renamePointer(ref: string, name: (key: string) => string): string {
  const hash = ref.indexOf("#");
  if (hash === -1) return ref;
  const segments = ref.slice(hash + 1).split("/");
  return `${ref.slice(0, hash + 1)}${segments.map((segment) => name(segment)).join("/")}`;
}
