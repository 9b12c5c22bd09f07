import { record } from "../document/json.js";
import { escapePointerSegment } from "../document/pointer.js";
import { follow as deref } from "../document/refs.js";
import type { Json, Located, SchemaView } from "./types.js";

/** The component name a `$ref` names (`#/components/schemas/Pet` → `Pet`). */
export function refName(node: unknown): string | undefined {
  const ref = record(node).$ref;
  return typeof ref === "string" ? ref.split("/").at(-1) : undefined;
}

const CONSTRAINT_KEYS = ["maximum", "minimum", "exclusiveMaximum", "exclusiveMinimum", "maxLength", "minLength", "maxItems", "minItems"] as const;

/** The schema at `located` as rules compare it (see SchemaView). */
export function viewSchema(document: Json, located: Located<unknown>): SchemaView {
  const { node, pointer } = deref(document, located);
  const view: SchemaView = {
    pointer,
    types: [],
    nullable: false,
    enum: undefined,
    properties: new Map(),
    required: new Set(),
    items: undefined,
    variants: undefined,
    constraints: {},
    default: undefined,
  };
  addSchema(document, view, { node, pointer }, 0);
  return view;
}

function addSchema(document: Json, view: SchemaView, { node, pointer }: Located, depth: number): void {
  if (depth > 16) return;
  const types = Array.isArray(node.type) ? node.type.map(String) : typeof node.type === "string" ? [node.type] : [];
  if (types.includes("null") || node.nullable === true) view.nullable = true;
  if (view.types.length === 0) view.types = types.filter((type) => type !== "null");
  if (Array.isArray(node.enum)) {
    if (node.enum.includes(null)) view.nullable = true;
    view.enum = node.enum.filter((value) => value !== null);
  }
  if (node.const !== undefined) view.enum = [node.const];
  if (node.default !== undefined) view.default = node.default;
  for (const key of CONSTRAINT_KEYS) if (typeof node[key] === "number") view.constraints[key] = node[key] as number;
  // 3.0 says `exclusiveMaximum: true` next to `maximum`; 3.1 gives the bound itself.
  if (node.exclusiveMaximum === true && typeof node.maximum === "number") {
    view.constraints.exclusiveMaximum = node.maximum;
    delete view.constraints.maximum;
  }
  if (node.exclusiveMinimum === true && typeof node.minimum === "number") {
    view.constraints.exclusiveMinimum = node.minimum;
    delete view.constraints.minimum;
  }
  if (typeof node.pattern === "string") view.constraints.pattern = node.pattern;
  const properties = record(node.properties);
  for (const name of Object.keys(properties)) {
    const raw = record(properties[name]);
    const schema = deref(document, { node: raw, pointer: `${pointer}/properties/${escapePointerSegment(name)}` });
    // 3.1 allows readOnly next to a `$ref`: either place counts.
    const flag = (key: string) => raw[key] === true || schema.node[key] === true;
    view.properties.set(name, { schema, readOnly: flag("readOnly"), writeOnly: flag("writeOnly") });
  }
  for (const name of Array.isArray(node.required) ? node.required : []) view.required.add(String(name));
  if (node.items !== undefined) view.items = { node: record(node.items), pointer: `${pointer}/items` };
  (Array.isArray(node.allOf) ? node.allOf : []).forEach((part, index) => {
    addSchema(document, view, deref(document, { node: part, pointer: `${pointer}/allOf/${index}` }), depth + 1);
  });
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const members = Array.isArray(node[keyword]) ? (node[keyword] as unknown[]) : undefined;
    if (members === undefined) continue;
    const isNull = (member: unknown) => deref(document, { node: member, pointer }).node.type === "null";
    if (members.some(isNull)) view.nullable = true;
    const rest = members.map((member, index) => ({ member, index })).filter(({ member }) => !isNull(member));
    if (rest.length === 1 && rest[0] !== undefined && rest.length < members.length) {
      // `oneOf: [X, { type: null }]` is X, nullable.
      addSchema(document, view, deref(document, { node: rest[0].member, pointer: `${pointer}/${keyword}/${rest[0].index}` }), depth + 1);
      continue;
    }
    view.variants = {
      keyword,
      members: rest.map(({ member, index }) => ({
        key: memberKey(document, member, index),
        schema: { node: record(member), pointer: `${pointer}/${keyword}/${index}` },
      })),
    };
  }
}

/** A oneOf/anyOf member's identity across versions: its component name, its title, or its position. */
function memberKey(document: Json, member: unknown, index: number): string {
  const name = refName(member);
  if (name !== undefined) return `$ref:${name}`;
  const title = deref(document, { node: member, pointer: "" }).node.title;
  return typeof title === "string" ? `title:${title}` : `#${index}`;
}
