/** Names for generated code: from arbitrary spec text to valid, readable TypeScript identifiers. */

/** ECMAScript reserved words and TypeScript's own, which cannot name a parameter or a class. */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined " +
    "any boolean never number object string symbol unknown bigint type"
  ).split(" "),
);

/**
 * Names client.ts imports or takes from the global scope: a schema or tag must not take them
 * (a schema `Blob` would retype every download, a tag `Transport` would not compile).
 */
export const MODULE_NAMES = [
  "components",
  "paths",
  "Readable",
  "Writable",
  "APIPromise",
  "BaseClient",
  "BinaryBody",
  "ClientDefinition",
  "ClientOptions",
  "Credential",
  "RequestOptions",
  "splitParams",
  "Transport",
  "definition",
  "Blob",
  "NonNullable",
  "Pick",
  "Promise",
];

/** Words of a name: `update-workspace_memberRole` → update, workspace, member, Role. */
export function words(text: string): string[] {
  return text
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `update-workspace-member-role` → `updateWorkspaceMemberRole`, always a valid identifier. */
export function camelCase(text: string): string {
  const [first = "", ...rest] = words(text);
  return safeIdentifier(first.toLowerCase() + rest.map((word) => capitalize(word.toLowerCase())).join(""));
}

/** `subpackage_workspaces` → `SubpackageWorkspaces`, always a valid identifier. */
export function pascalCase(text: string): string {
  return safeIdentifier(
    words(text)
      .map((word) => capitalize(word.toLowerCase()))
      .join(""),
  );
}

/**
 * Makes a word usable as an identifier: `_` before a leading digit, `_` after a reserved word.
 * Invisible format characters (ZWJ and ZWNJ are identifier parts) are dropped too: two names
 * that look the same must be the same.
 */
export function safeIdentifier(name: string): string {
  const cleaned = name.replace(/[^\p{ID_Continue}$]|\p{Cf}/gu, "");
  if (cleaned === "") return "_";
  if (!/^[\p{ID_Start}$_]/u.test(cleaned)) return `_${cleaned}`;
  return RESERVED.has(cleaned) ? `${cleaned}_` : cleaned;
}

/**
 * Hands out names in a scope so that no two collide: the first claim of a name gets it, each
 * later one gets the next free `name2`, `name3`, …. Callers claim in a deterministic order.
 */
export class NameScope {
  readonly #taken: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.#taken = new Set(reserved);
  }

  claim(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.#taken.has(name); n++) name = `${wanted}${n}`;
    this.#taken.add(name);
    return name;
  }
}
