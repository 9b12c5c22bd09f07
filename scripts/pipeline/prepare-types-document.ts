import { HTTP_METHODS } from "../../src/runtime/http-method.js";
import { asArray, compareCodeUnits, isRecord, type Json, record } from "../document/json.js";
import { fromPointer, pointerSegments, toPointer, tryFromPointer } from "../document/pointer.js";
import { AUTHOR_NAMED_MAPS, holdsExamplesOrLinks } from "../document/named-maps.js";
import { localRefOf, nodeAt, refTarget } from "../document/refs.js";
import { walkNodes } from "../document/walk-nodes.js";
import { untypedItemSchemas } from "../model/streaming.js";

/** The component sections a hoisted target can land in, by what the target is. */
type Section = "schemas" | "parameters" | "responses" | "requestBodies" | "headers";

const OPERATION_KEYS: ReadonlySet<string> = new Set(HTTP_METHODS);

/** Segments that say where in a schema or operation a target sits, not what it is: never a hoisted name. */
const STRUCTURAL = new Set([
  ...HTTP_METHODS,
  ...["schema", "schemas", "items", "content", "properties", "definitions", "$defs", "allOf", "anyOf", "oneOf", "not"],
  ...["additionalProperties", "parameters", "responses", "requestBody", "requestBodies", "headers", "components", "paths"],
]);

/**
 * The document openapi-typescript is handed: the same types as the document says, in a shape
 * whose output type-checks. Each step returns its input itself (the same object) when it has
 * nothing to change, so a document that needs none of them gives the same output to the byte.
 */
export function prepareTypesDocument(document: Json): Json {
  const steps = [withoutImpossibleEnumMembers, nullBesideAlternatives, ownDiscriminatorProperties, nonNullRequiredAllOfMembers, hoistOutOfComponentTargets];
  return steps.reduce((prepared, step) => step(prepared), document);
}

/**
 * `type: 'null'` next to a `oneOf` or `anyOf` none of whose members is null (APIs.guru's
 * vercel.com: `EdgeConfigItemValue`, "a string, number, boolean, object or array of these", with
 * `type: 'null'`) allows no value at all when read to the letter, and openapi-typescript writes
 * it so: `null & (string | number | …)`, which is `never`. The author's meaning, and the only one
 * a client can use, is "one of these, or null": the `null` becomes one more alternative.
 */
function nullBesideAlternatives(document: Json): Json {
  const admitsNull = (member: unknown) => record(member).type === "null" || isNullable(record(member));
  return rewriteObjects(document, (node) => {
    const onlyNull = node.type === "null" || (Array.isArray(node.type) && node.type.length === 1 && node.type[0] === "null");
    const keys = (["oneOf", "anyOf"] as const).filter((key) => Array.isArray(node[key]) && (node[key] as unknown[]).length > 0);
    const key = keys.length === 1 ? keys[0] : undefined;
    if (!onlyNull || key === undefined || (node[key] as unknown[]).some(admitsNull)) return node;
    const { type: _null, ...rest } = node;
    return { ...rest, [key]: [...(node[key] as unknown[]), { type: "null" }] };
  }) as Json;
}

/**
 * A schema with `required` properties and an `allOf` member that is a nullable component: the
 * instance has properties, so it is an object and the member's `null` cannot occur. But
 * openapi-typescript writes `WithRequired<Member, "a" | "b">`, and `keyof (Member | null)` is
 * `never`: TS2344 (APIs.guru's plaid.com: `Cause` is `allOf: [PlaidError, …]`, PlaidError
 * `nullable`). Such a member points at a copy of the component without its `null`, named
 * `<Name>NonNull`: the same object type, as the schema allows it.
 */
function nonNullRequiredAllOfMembers(document: Json): Json {
  const schemas = record(record(document.components).schemas);
  const copies = new Map<string, string>();
  const taken = new Set(Object.keys(schemas));
  const nonNullRef = (member: unknown): unknown => {
    const name = Object.keys(record(member)).length === 1 ? schemaNameOf(member) : undefined;
    if (name === undefined || !Object.hasOwn(schemas, name) || !isNullable(record(schemas[name]))) return member;
    let copy = copies.get(name);
    if (copy === undefined) {
      copy = `${name}NonNull`;
      for (let suffix = 2; taken.has(copy); suffix++) copy = `${name}NonNull${suffix}`;
      taken.add(copy);
      copies.set(name, copy);
    }
    return { $ref: toPointer(["components", "schemas", copy]) };
  };
  const rewritten = rewriteObjects(document, (node) => {
    if (!Array.isArray(node.allOf) || asArray(node.required).length === 0) return node;
    const members = node.allOf.map(nonNullRef);
    return members.every((member, index) => member === (node.allOf as unknown[])[index]) ? node : { ...node, allOf: members };
  }) as Json;
  if (copies.size === 0) return document;
  const withCopies: Json = { ...record(record(rewritten.components).schemas) };
  for (const [name, copy] of copies) withCopies[copy] = withoutNull(record(schemas[name]));
  return { ...rewritten, components: { ...record(rewritten.components), schemas: withCopies } };
}

/** OpenAPI 3.0's `nullable: true`, or 3.1's `null` among the types. */
function isNullable(schema: Json): boolean {
  return schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
}

function withoutNull(schema: Json): Json {
  const { nullable: _nullable, ...rest } = schema;
  if (!Array.isArray(rest.type)) return rest;
  const types = rest.type.filter((type) => type !== "null");
  return { ...rest, type: types.length === 1 ? types[0] : types };
}

/**
 * openapi-typescript reads the `enum` of a `type: object` schema as `oneOf` members, each a
 * schema, and throws on a string among them ("Expected SchemaObject, received string":
 * APIs.guru's mercedes-benz.com/configurator, `type: object` with `enum: [PKW, VAN, SMART]`).
 * No string is an object, so such members allow no value: they are ignored, as a validator
 * would never match them.
 */
function withoutImpossibleEnumMembers(document: Json): Json {
  return rewriteObjects(document, (node) => {
    if (node.type !== "object" || !Array.isArray(node.enum) || node.enum.every(isRecord)) return node;
    const { enum: members, ...rest } = node;
    const objects = (members as unknown[]).filter(isRecord);
    return objects.length === 0 ? rest : { ...rest, enum: objects };
  }) as Json;
}

/**
 * A schema that inherits a discriminator through `allOf` gets from openapi-typescript a property
 * `<propertyName>: "<its name>"`, and its own declaration of that property besides: TS2300
 * "Duplicate identifier" (APIs.guru's apple.com/sirikit-cloud-media: `class` declared by
 * `AddMediaMediaDestinationResolutionResult`, which `IntentResolutionResult`'s mapping leaves
 * out). The schema's own declaration is what the document says (the added one is a guess from the
 * schema's name), so it is kept, required as a discriminator property is, and the schema is given
 * the discriminator's `propertyName` itself, which is what tells openapi-typescript not to add one.
 */
function ownDiscriminatorProperties(document: Json): Json {
  const schemas = record(record(document.components).schemas);
  const inherited = (name: string, seen: Set<string>): string | undefined => {
    const schema = record(schemas[name]);
    const own = record(schema.discriminator).propertyName;
    if (typeof own === "string") return own;
    if (seen.has(name)) return undefined;
    seen.add(name);
    for (const parent of asArray(schema.allOf).map(schemaNameOf)) {
      const found = parent === undefined || !Object.hasOwn(schemas, parent) ? undefined : inherited(parent, seen);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  let changed: Json | undefined;
  for (const [name, value] of Object.entries(schemas)) {
    if (!isRecord(value) || value.discriminator !== undefined) continue;
    const propertyName = inherited(name, new Set());
    if (propertyName === undefined || !Object.hasOwn(record(value.properties), propertyName)) continue;
    const required = asArray(value.required);
    changed ??= { ...schemas };
    changed[name] = {
      ...value,
      discriminator: { propertyName },
      required: required.includes(propertyName) ? required : [...required, propertyName],
    };
  }
  return changed === undefined ? document : { ...document, components: { ...record(document.components), schemas: changed } };
}

/** `Name` for a `$ref` to `#/components/schemas/Name`. */
function schemaNameOf(node: unknown): string | undefined {
  const segments = tryFromPointer(localRefOf(node) ?? "");
  return segments?.length === 3 && segments[0] === "components" && segments[1] === "schemas" ? segments[2] : undefined;
}

/**
 * openapi-typescript types a `$ref` as an indexed access along the pointer
 * (`components["schemas"]["A"]["definitions"]["B"]`), which only exists for a component
 * itself: a `$ref` into `#/paths/…`, a parameter list, a schema's `definitions`, `items` or
 * `allOf`, or a response's `content` gives TS2339 ("property 'schema' does not exist") and,
 * through it, TS2502 on recursive types (APIs.guru: codat.io, …; issue 11).
 *
 * So every such target is copied into `components` under a fresh name (its last descriptive
 * segment, made unique) and each `$ref` to it is pointed at the copy: the same type, reached by
 * a name. The copies are taken after the rewrite, so `$ref`s inside them are hoisted too, and
 * recursion through a hoisted target stays recursion through a named type.
 */
function hoistOutOfComponentTargets(document: Json): Json {
  const targets = outOfComponentTargets(document);
  const items = untypedItemSchemas(document);
  if (targets.size === 0 && items.size === 0) return document;
  const hoisted = hoistedPointers(document, targets, new Set(items.values()));
  const rewritten = rewriteObjects(document, (node) => {
    const ref = renamed(node.$ref, hoisted);
    return ref === node.$ref ? node : { ...node, $ref: ref };
  }) as Json;
  const components: Json = { ...record(rewritten.components) };
  for (const [pointer, to] of hoisted) {
    const [, section, name] = fromPointer(to) as [string, Section, string];
    components[section] = { ...record(components[section]), [name]: refTarget(rewritten, pointer) };
  }
  // openapi-typescript writes nothing for a stream's item schema under OpenAPI 3.2's `itemSchema`
  // or an event's `contentSchema`: a copy in components gives it a type the client names (ItemSchema.copiedTo).
  for (const [pointer, name] of items) components.schemas = { ...record(components.schemas), [name]: nodeAt(rewritten, pointerSegments(pointer)) };
  return { ...rewritten, components };
}

/** Each local `$ref` target that is not a component itself, with the section its copy goes to. */
function outOfComponentTargets(document: Json): Map<string, Section> {
  const found = new Map<string, Section>();
  walkNodes(
    document,
    ({ node }) => {
      const ref = Array.isArray(node) ? undefined : localRefOf(node);
      const segments = ref === undefined ? undefined : tryFromPointer(ref);
      if (segments === undefined || !needsHoisting(segments) || nodeAt(document, segments) === undefined) return false;
      const section = sectionOf(segments);
      if (section !== undefined) found.set(toPointer(segments), section);
      return false;
    },
    { skip: skipped },
  );
  return found;
}

function needsHoisting(segments: string[]): boolean {
  return segments[0] === "components" ? segments.length > 3 : segments.length > 0;
}

/** What the target is, from where it sits; undefined for a path item, which is not a type of its own. */
function sectionOf(segments: string[]): Section | undefined {
  const last = segments.at(-1);
  const parent = segments.at(-2);
  if (segments[0] === "paths" && segments.length <= 2) return undefined;
  if (parent === "parameters" && /^\d+$/.test(last ?? "")) return "parameters";
  if (last === "requestBody") return "requestBodies";
  const grandparent = segments.at(-3) ?? "";
  if (parent === "responses" && (OPERATION_KEYS.has(grandparent) || segments.length === 3)) return "responses";
  if (parent === "headers" && segments.at(-4) === "responses") return "headers";
  return "schemas";
}

/** Target pointer → pointer of its copy, named in code-unit order of the targets so that names are stable. */
function hoistedPointers(document: Json, targets: Map<string, Section>, itemNames: ReadonlySet<string>): Map<string, string> {
  const schemas = new Set([...Object.keys(record(record(document.components).schemas)), ...itemNames]);
  const taken = new Map<Section, Set<string>>([["schemas", schemas]]);
  const hoisted = new Map<string, string>();
  for (const pointer of [...targets.keys()].sort(compareCodeUnits)) {
    const section = targets.get(pointer) as Section;
    const names = taken.get(section) ?? new Set(Object.keys(record(record(document.components)[section])));
    taken.set(section, names);
    const base = nameFor(fromPointer(pointer));
    let name = base;
    for (let suffix = 2; names.has(name); suffix++) name = `${base}${suffix}`;
    names.add(name);
    hoisted.set(pointer, toPointer(["components", section, name]));
  }
  return hoisted;
}

/**
 * From the last segment that is a name (not a keyword, index or path) to the end: `identifiers`
 * for `…/Account/definitions/identifiers`, `Audited_allOf_1`, `accounts_get_parameters_0` for a
 * parameter of `GET /accounts`.
 */
function nameFor(segments: string[]): string {
  const isName = (segment: string) => !STRUCTURAL.has(segment) && !/^\d+$/.test(segment) && !segment.includes("/");
  const from = segments.findLastIndex(isName);
  const parts = segments
    .slice(from >= 0 ? from : segments[0] === "paths" ? 1 : 0)
    .map((segment) => segment.replace(/[^A-Za-z0-9.-]+/g, "_").replace(/^_+|_+$/g, ""));
  const name = parts.filter((part) => part !== "").join("_");
  return name === "" ? "Hoisted" : name;
}

/**
 * A copy of `node` in which `change` has replaced objects (children first, so it sees them
 * changed); untouched subtrees are shared, not copied. Examples, links and extensions are data,
 * not types: left as they are.
 */
function rewriteObjects(node: unknown, change: (node: Json) => Json, keyOfNode = ""): unknown {
  if (typeof node !== "object" || node === null) return node;
  if (Array.isArray(node)) {
    const items = node.map((item, index) => rewriteObjects(item, change, String(index)));
    return items.some((item, index) => item !== node[index]) ? items : node;
  }
  let changed: Json | undefined;
  for (const [key, value] of Object.entries(node)) {
    const next = skipped(key, keyOfNode) ? value : rewriteObjects(value, change, key);
    if (next === value) continue;
    changed ??= { ...(node as Json) };
    // defineProperty, not assignment: `__proto__` is a key like any other here.
    Object.defineProperty(changed, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return change(changed ?? (node as Json));
}

function renamed(ref: unknown, hoisted: Map<string, string>): unknown {
  if (typeof ref !== "string") return ref;
  const segments = ref.startsWith("#") ? tryFromPointer(ref) : undefined;
  return segments === undefined ? ref : (hoisted.get(toPointer(segments)) ?? ref);
}

/** Examples, links and extensions are data, not types: a `$ref` there names nothing openapi-typescript types. */
function skipped(key: string, parentKey: string): boolean {
  return holdsExamplesOrLinks(key, parentKey) || (key.startsWith("x-") && !AUTHOR_NAMED_MAPS.has(parentKey));
}
