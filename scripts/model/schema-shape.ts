/**
 * The shape of a response schema as page and stream recognition read it: an object's properties
 * (through `$ref`, `allOf` and a `oneOf`/`anyOf` with `null`), an array's items, and the value at a
 * path of property names. Nothing more: whether a body *is* a page is pagination.ts's question.
 */
import { asArray, type Json, record } from "../document/json.js";
import { escapePointerSegment } from "../document/pointer.js";
import { follow, type Located } from "../document/refs.js";

/** Deeper than any real schema's `allOf` nesting; a guard against cycles through `allOf`. */
const MAX_DEPTH = 16;

/** The properties of an object schema by name, each with where it is written; empty when the schema declares none. */
export function propertiesOf(document: Json, located: Located<unknown>, depth = 0): Map<string, Located> {
  const { node, pointer } = follow(document, located);
  const properties = new Map<string, Located>();
  if (depth > MAX_DEPTH) return properties;
  const own = record(node.properties);
  for (const name of Object.keys(own)) {
    properties.set(name, follow(document, { node: own[name], pointer: `${pointer}/properties/${escapePointerSegment(name)}` }));
  }
  for (const part of composedParts(document, node, pointer)) {
    for (const [name, property] of propertiesOf(document, part, depth + 1)) if (!properties.has(name)) properties.set(name, property);
  }
  return properties;
}

/** The parts a schema is made of and has all the properties of: `allOf`, and the one non-null member of a `oneOf`/`anyOf` with `null`. */
function composedParts(document: Json, node: Json, pointer: string): Located[] {
  const parts = asArray(node.allOf).map((part, index) => follow(document, { node: part, pointer: `${pointer}/allOf/${index}` }));
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const members = asArray(node[keyword]).map((member, index) => follow(document, { node: member, pointer: `${pointer}/${keyword}/${index}` }));
    const rest = members.filter((member) => member.node.type !== "null");
    if (rest.length === 1 && rest[0] !== undefined) parts.push(rest[0]);
  }
  return parts;
}

/** The alternatives a schema may be: the members of its `oneOf`/`anyOf` (null left out), or itself. */
export function alternativesOf(document: Json, located: Located<unknown>): Located[] {
  const target = follow(document, located);
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const members = asArray(target.node[keyword])
      .map((member, index) => follow(document, { node: member, pointer: `${target.pointer}/${keyword}/${index}` }))
      .filter((member) => member.node.type !== "null");
    if (members.length > 1) return members;
  }
  return [target];
}

/** The type names a schema declares (3.0's single `type`, or 3.1's list), through `allOf`. */
export function typesOf(document: Json, located: Located<unknown>, depth = 0): Set<string> {
  const { node, pointer } = follow(document, located);
  const types = new Set<string>(Array.isArray(node.type) ? node.type.map(String) : typeof node.type === "string" ? [node.type] : []);
  if (depth <= MAX_DEPTH) for (const part of composedParts(document, node, pointer)) for (const type of typesOf(document, part, depth + 1)) types.add(type);
  return types;
}

/** The item schema of an array schema, or undefined when the schema is not plainly an array. */
export function arrayItemsOf(document: Json, located: Located<unknown>): Located | undefined {
  const { node, pointer } = follow(document, located);
  if (node.items !== undefined && (node.type === undefined || typesOf(document, { node, pointer }).has("array"))) {
    return follow(document, { node: node.items, pointer: `${pointer}/items` });
  }
  for (const part of composedParts(document, node, pointer)) {
    const items = arrayItemsOf(document, part);
    if (items !== undefined) return items;
  }
  return undefined;
}

/** The schema at a path of property names under `located` (`[]` is itself), or undefined where a name is not declared. */
export function schemaAtPath(document: Json, located: Located<unknown>, path: readonly string[]): Located | undefined {
  let at: Located | undefined = follow(document, located);
  for (const name of path) {
    if (at === undefined) return undefined;
    at = propertiesOf(document, at).get(name);
  }
  return at;
}
