/**
 * Walks two documents side by side and runs every rule on each pair it meets: the document,
 * each operation (matched by method and path, parameter names ignored), its parameters, body
 * and responses, and every schema under them, `$ref`s followed. A change to a shared component
 * is reported for each operation that uses it; each schema pair is compared once and the
 * result replayed, and a recursive schema stops where it meets itself.
 */
import { record } from "../document/json.js";
import { operationsOf } from "../document/operations.js";
import { escapePointerSegment } from "../document/pointer.js";
import { follow as deref } from "../document/refs.js";
import { viewSchema } from "./schema-view.js";
import type {
  BodyPair,
  Change,
  Direction,
  Json,
  Located,
  OperationPair,
  OperationSide,
  ParameterPair,
  ParameterSide,
  ResponsesPair,
  Rule,
  SchemaPair,
  SchemaView,
} from "./types.js";
import type { RuleSet } from "./rules/index.js";

/** A change found under a schema pair, relative to it: replayed for every operation that reaches the pair. */
interface SchemaFinding {
  rule: Rule<SchemaPair>;
  /** Property path below the pair (`.owner.login`, `[]`), for the subject. */
  path: string;
  detail: string;
  location: string;
}

export function diffDocuments(base: Json, revision: Json, rules: RuleSet): Change[] {
  const changes: Change[] = [];
  const emit = (rule: Rule<unknown>, operation: string, location: string, message: string) =>
    changes.push({ id: rule.id, level: rule.level, operation, location, message });
  for (const rule of rules.document) rule.check({ base, revision }, (message, location) => emit(rule, "*", location ?? "#", message));
  const schemaMemo = new Map<string, SchemaFinding[]>();
  const baseOperations = operationsByRoute(base);
  const revisionOperations = operationsByRoute(revision);
  const keys = [...new Set([...baseOperations.keys(), ...revisionOperations.keys()])].sort();
  for (const key of keys) {
    const pair: OperationPair = { base: baseOperations.get(key), revision: revisionOperations.get(key) };
    const side = pair.revision ?? pair.base;
    if (side === undefined) continue;
    const label = `${side.method.toUpperCase()} ${side.path}`;
    const report = (rule: Rule<never>) => (message: string, location?: string) => emit(rule, label, location ?? side.pointer, message);
    for (const rule of rules.operation) rule.check(pair, report(rule));
    if (pair.base === undefined || pair.revision === undefined) continue;
    const walker = new OperationWalker(base, revision, rules, schemaMemo, (rule, message, location) => emit(rule, label, location, message));
    walker.compare(pair.base, pair.revision);
  }
  return changes;
}

/** Operations by `METHOD /path/{}`: path parameter names do not tell operations apart. */
function operationsByRoute(document: Json): Map<string, OperationSide> {
  const found = new Map<string, OperationSide>();
  for (const { method, path, pointer, node, parameters } of operationsOf(document)) {
    found.set(`${method.toUpperCase()} ${path.replace(/\{[^{}]*\}/g, "{}")}`, {
      method,
      path,
      pointer,
      operation: node,
      parameters,
      security: node.security ?? document.security,
    });
  }
  return found;
}

type Emit = (rule: Rule<never>, message: string, location: string) => void;

class OperationWalker {
  /** Schema pairs being compared, outermost first. */
  readonly #stack: string[] = [];
  /** Pairs whose findings were cut short by a cycle back to a pair further up: not memoized. */
  readonly #incomplete = new Set<string>();

  constructor(
    readonly base: Json,
    readonly revision: Json,
    readonly rules: RuleSet,
    readonly memo: Map<string, SchemaFinding[]>,
    readonly emit: Emit,
  ) {}

  compare(base: OperationSide, revision: OperationSide): void {
    for (const pair of this.#parameterPairs(base, revision)) {
      const location = pair.revision?.pointer ?? pair.base?.pointer ?? revision.pointer;
      for (const rule of this.rules.parameter) rule.check(pair, (message, at) => this.emit(rule as Rule<never>, message, at ?? location));
      if (pair.base?.schema && pair.revision?.schema) {
        const subject = `${pair.revision.in} parameter \`${pair.revision.name}\``;
        this.#schemas(pair.base.schema, pair.revision.schema, "request", subject);
      }
    }
    this.#bodies(base, revision);
    this.#responses(base, revision);
  }

  #parameterPairs(base: OperationSide, revision: OperationSide): ParameterPair[] {
    const baseParams = this.#parameters(base);
    const revisionParams = this.#parameters(revision);
    const pairs: ParameterPair[] = [];
    const unmatchedBase = new Map(baseParams);
    for (const [key, parameter] of revisionParams) {
      const match = unmatchedBase.get(key);
      unmatchedBase.delete(key);
      pairs.push({ base: match, revision: parameter, movedFrom: undefined });
    }
    for (const pair of pairs) {
      if (pair.base !== undefined || pair.revision === undefined) continue;
      const name = pair.revision.name.toLowerCase();
      const moved = [...unmatchedBase.entries()].find(([, candidate]) => candidate.name.toLowerCase() === name);
      if (moved === undefined) continue;
      unmatchedBase.delete(moved[0]);
      pair.movedFrom = moved[1];
    }
    for (const parameter of unmatchedBase.values()) pairs.push({ base: parameter, revision: undefined, movedFrom: undefined });
    return pairs;
  }

  /** Parameters by `in:name` (headers case-insensitive), path parameters by position; operation-level win. */
  #parameters(side: OperationSide): Map<string, ParameterSide> {
    const positions = [...side.path.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]);
    const byKey = new Map<string, ParameterSide>();
    for (const { node, pointer } of side.parameters) {
      const name = String(node.name);
      const location = String(node.in);
      const key = location === "path" ? `path:#${positions.indexOf(name)}` : `${location}:${location === "header" ? name.toLowerCase() : name}`;
      const schema = node.schema === undefined ? firstMediaSchema(node.content, pointer) : { node: record(node.schema), pointer: `${pointer}/schema` };
      byKey.set(key, { name, in: location, required: node.required === true || location === "path", pointer, schema });
    }
    return byKey;
  }

  #bodies(base: OperationSide, revision: OperationSide): void {
    const side = (document: Json, operation: OperationSide) => {
      if (operation.operation.requestBody === undefined) return undefined;
      const body = deref(document, { node: operation.operation.requestBody, pointer: `${operation.pointer}/requestBody` });
      return { body, content: record(body.node.content) };
    };
    const before = side(this.base, base);
    const after = side(this.revision, revision);
    const pair: BodyPair = {
      base: before && { required: before.body.node.required === true, pointer: before.body.pointer, mediaTypes: Object.keys(before.content) },
      revision: after && { required: after.body.node.required === true, pointer: after.body.pointer, mediaTypes: Object.keys(after.content) },
    };
    const location = pair.revision?.pointer ?? pair.base?.pointer ?? revision.pointer;
    for (const rule of this.rules.body) rule.check(pair, (message, at) => this.emit(rule as Rule<never>, message, at ?? location));
    if (before === undefined || after === undefined) return;
    for (const mediaType of Object.keys(after.content)) {
      if (!Object.hasOwn(before.content, mediaType)) continue;
      const subject = Object.keys(after.content).length > 1 ? `request body (${mediaType})` : "request body";
      this.#schemas(mediaSchema(before.content, mediaType, before.body.pointer), mediaSchema(after.content, mediaType, after.body.pointer), "request", subject);
    }
  }

  #responses(base: OperationSide, revision: OperationSide): void {
    const side = (document: Json, operation: OperationSide) => {
      const pointer = `${operation.pointer}/responses`;
      const responses = record(operation.operation.responses);
      const statuses = new Map(
        Object.keys(responses).map((status) => [status, deref(document, { node: responses[status], pointer: `${pointer}/${escapePointerSegment(status)}` })]),
      );
      return { statuses, pointer };
    };
    const pair: ResponsesPair = { base: side(this.base, base), revision: side(this.revision, revision) };
    for (const rule of this.rules.responses) rule.check(pair, (message, at) => this.emit(rule as Rule<never>, message, at ?? pair.revision.pointer));
    for (const [status, after] of pair.revision.statuses) {
      const before = pair.base.statuses.get(status);
      if (before === undefined) continue;
      const beforeContent = record(before.node.content);
      const afterContent = record(after.node.content);
      for (const mediaType of Object.keys(afterContent)) {
        if (!Object.hasOwn(beforeContent, mediaType)) continue;
        const subject = Object.keys(afterContent).length > 1 ? `response ${status} (${mediaType})` : `response ${status}`;
        this.#schemas(mediaSchema(beforeContent, mediaType, before.pointer), mediaSchema(afterContent, mediaType, after.pointer), "response", subject);
      }
    }
  }

  /** Compares two schemas (memoized per pair and direction) and emits their findings under `subject`. */
  #schemas(base: Located, revision: Located, direction: Direction, subject: string): void {
    for (const finding of this.#schemaFindings(base, revision, direction)) {
      this.emit(finding.rule as Rule<never>, `${describePath(subject, finding.path)}: ${finding.detail}`, finding.location);
    }
  }

  #schemaFindings(baseLocated: Located, revisionLocated: Located, direction: Direction): SchemaFinding[] {
    const base = viewSchema(this.base, baseLocated);
    const revision = viewSchema(this.revision, revisionLocated);
    const key = `${direction} ${base.pointer} ${revision.pointer}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    // A schema that contains itself: the pair is being compared further up. Every pair between
    // there and here is then incomplete and must not be replayed for another operation.
    const cycleAt = this.#stack.indexOf(key);
    if (cycleAt >= 0) {
      for (const inner of this.#stack.slice(cycleAt + 1)) this.#incomplete.add(inner);
      return [];
    }
    this.#stack.push(key);
    const findings: SchemaFinding[] = [];
    const hidden = direction === "request" ? "readOnly" : "writeOnly";
    const visible = (view: SchemaView): SchemaView => {
      const properties = new Map([...view.properties].filter(([, property]) => !property[hidden]));
      const required = new Set([...view.required].filter((name) => properties.has(name) || !view.properties.has(name)));
      return { ...view, properties, required };
    };
    const pair: SchemaPair = { base: visible(base), revision: visible(revision), direction, subject: "" };
    for (const rule of this.rules.schema) {
      rule.check(pair, (detail, location) => findings.push({ rule, path: "", detail, location: location ?? revision.pointer }));
    }
    const below = (path: string, child: SchemaFinding[]) => findings.push(...child.map((finding) => ({ ...finding, path: `${path}${finding.path}` })));
    for (const [name, after] of pair.revision.properties) {
      const before = pair.base.properties.get(name);
      if (before !== undefined) below(`.${name}`, this.#schemaFindings(before.schema, after.schema, direction));
    }
    if (base.items !== undefined && revision.items !== undefined) below("[]", this.#schemaFindings(base.items, revision.items, direction));
    if (base.variants !== undefined && revision.variants !== undefined) {
      for (const member of revision.variants.members) {
        const match = base.variants.members.find((candidate) => candidate.key === member.key);
        if (match !== undefined)
          below(`(${revision.variants.keyword} ${member.key.replace(/^\$ref:|^title:/, "")})`, this.#schemaFindings(match.schema, member.schema, direction));
      }
    }
    this.#stack.pop();
    if (this.#incomplete.has(key)) this.#incomplete.delete(key);
    else this.memo.set(key, findings);
    return findings;
  }
}

/** "response 200", "response 200 property `owner.login`", "response 200 items property `id`". */
function describePath(subject: string, path: string): string {
  const inItems = path.startsWith("[]");
  const rest = (inItems ? path.slice(2) : path).replace(/^\./, "");
  const where = inItems ? `${subject} items` : subject;
  return rest === "" ? where : `${where} property \`${rest}\``;
}

/** The schema of one media type of a `content` map that sits at `owner` (`<owner>/content/<type>/schema`). */
function mediaSchema(content: Json, mediaType: string, owner: string): Located {
  return { node: record(record(content[mediaType]).schema), pointer: `${owner}/content/${escapePointerSegment(mediaType)}/schema` };
}

/** A parameter's schema when it is given as `content` rather than `schema`. */
function firstMediaSchema(content: unknown, owner: string): Located | undefined {
  const mediaType = Object.keys(record(content))[0];
  return mediaType === undefined ? undefined : mediaSchema(record(content), mediaType, owner);
}
