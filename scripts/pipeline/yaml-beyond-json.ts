/** The parts of a YAML document that have no JSON equivalent, which a spec must not use. */
import { type Alias, type Document, isAlias, isCollection, isPair, isScalar, type Node, type Scalar, type YAMLMap, type YAMLSeq } from "yaml";

/** Explicit tags that mean what JSON means; any other (`!!binary`, `!!timestamp`, `!!set`, `!foo`, `!!js/function`) asks for a type JSON has not. */
const JSON_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((name) => `tag:yaml.org,2002:${name}`));

/**
 * How far aliases may grow a document: a spec reuses parts with them, a "billion laughs"
 * multiplies itself. Beyond this many nodes, and this many times its own size, it is refused.
 */
const ALIAS_GROWTH = { nodes: 100_000, factor: 10 };

export interface YamlProblem {
  offset: number;
  segments: string[];
  message: string;
}

/** One node of the walk: where it is, and whether its children have been pushed. */
interface Frame {
  node: unknown;
  segments: string[];
  entered: boolean;
}

/** What the walk has learned so far. */
interface Walk {
  problems: YamlProblem[];
  /** The last node each anchor was set on, in document order (as YAML resolves aliases). */
  anchors: Map<string, Node>;
  /** Nodes the walk has left, with how many nodes each is once its aliases are expanded. */
  expandedSize: Map<unknown, number>;
  aliases: { offset: number; segments: string[]; added: number }[];
  written: number;
}

/**
 * What YAML can say and JSON cannot: tags outside JSON's types, keys that are not scalars,
 * aliases that contain themselves (a cycle no JSON value has) or that multiply the document;
 * and nesting deeper than `maxDepth`, as for JSON. One walk in document order; a node's
 * expanded size is known when the walk leaves it.
 */
export function nonJsonNodes(yamlDocument: Document, maxDepth: number): YamlProblem[] {
  const walk: Walk = { problems: [], anchors: new Map(), expandedSize: new Map(), aliases: [], written: 0 };
  const stack: Frame[] = [{ node: yamlDocument.contents, segments: [], entered: false }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const { node, segments } = frame;
    if (frame.entered || !(isAlias(node) || isScalar(node) || isCollection(node))) {
      stack.pop();
      if (isCollection(node))
        walk.expandedSize.set(node, 1 + node.items.reduce<number>((sum, item) => sum + (walk.expandedSize.get(isPair(item) ? item.value : item) ?? 1), 0));
      continue;
    }
    frame.entered = true;
    walk.written++;
    if (isAlias(node)) {
      stack.pop();
      enterAlias(walk, node, segments);
    } else if (segments.length === maxDepth && isCollection(node)) {
      stack.pop();
      walk.problems.push({
        offset: rangeStart(node) ?? 0,
        segments,
        message: `invalid YAML: nested more than ${maxDepth} levels deep (the tools that read a spec recurse into it)`,
      });
    } else {
      for (const child of enterNode(walk, node, segments).reverse()) stack.push({ ...child, entered: false });
    }
  }
  return [...walk.problems, ...aliasBomb(walk.aliases, walk.written)];
}

function enterAlias(walk: Walk, alias: Alias, segments: string[]): void {
  const offset = rangeStart(alias) ?? 0;
  const target = walk.anchors.get(alias.source);
  if (target === undefined) walk.problems.push({ offset, segments, message: `invalid YAML: alias *${alias.source} names no anchor before it` });
  else if (!walk.expandedSize.has(target)) {
    walk.problems.push({ offset, segments, message: `invalid YAML: alias *${alias.source} is inside the node it names (a cycle JSON cannot hold)` });
  }
  const size = walk.expandedSize.get(target) ?? 1;
  walk.expandedSize.set(alias, size);
  walk.aliases.push({ offset, segments, added: size - 1 });
}

/** Checks a scalar or collection's tag and keys; returns its children, to walk next. */
function enterNode(walk: Walk, node: Scalar | YAMLMap | YAMLSeq, segments: string[]): { node: unknown; segments: string[] }[] {
  const offset = rangeStart(node) ?? 0;
  if (node.anchor) walk.anchors.set(node.anchor, node);
  if (node.tag !== undefined && !JSON_TAGS.has(node.tag)) {
    const message = `invalid YAML: tag ${shortTag(node.tag)} is not a JSON type (only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are)`;
    walk.problems.push({ offset, segments, message });
  }
  if (isScalar(node)) {
    walk.expandedSize.set(node, 1);
    return [];
  }
  return node.items.map((item: unknown, index) => {
    if (!isPair(item)) return { node: item, segments: [...segments, String(index)] };
    if (!isScalar(item.key) || (item.key.tag !== undefined && !JSON_TAGS.has(item.key.tag))) {
      const message = "invalid YAML: a mapping key must be a plain string, number, boolean or null";
      walk.problems.push({ offset: rangeStart(item.key) ?? offset, segments, message });
    }
    return { node: item.value, segments: [...segments, isScalar(item.key) ? String(item.key.value ?? "") : ""] };
  });
}

/** A tag as usually written: `!!binary` for `tag:yaml.org,2002:binary`. */
function shortTag(tag: string): string {
  return tag.startsWith("tag:yaml.org,2002:") ? `!!${tag.slice("tag:yaml.org,2002:".length)}` : tag;
}

/** The alias at which expanding the document passes ALIAS_GROWTH, if any does. */
function aliasBomb(aliases: { offset: number; segments: string[]; added: number }[], written: number): YamlProblem[] {
  const limit = Math.max(ALIAS_GROWTH.nodes, ALIAS_GROWTH.factor * written);
  let total = written;
  for (const alias of aliases) {
    total += alias.added;
    if (total > limit) {
      const message = `invalid YAML: aliases expand the document beyond ${limit} nodes (it has ${written}): refused as an alias bomb`;
      return [{ offset: alias.offset, segments: alias.segments, message }];
    }
  }
  return [];
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}
