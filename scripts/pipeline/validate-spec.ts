import { dirname, join, relative, resolve, sep } from "node:path";
import { BaseResolver, bundleDocument, createConfig, lintDocument, Source } from "@redocly/openapi-core";
import { checkVersion } from "./check-version.js";
import { type LoadedSpec, parseSpec } from "./load-spec.js";
import { fromPointer, SpecError, type SpecIssue, toPointer } from "./spec-error.js";

/**
 * Structural rules that make a document unusable for generation. Style rules (summaries,
 * descriptions, kebab-case) are a linter's business, not a generator's.
 */
const GENERATION_RULES = {
  struct: "error",
  "no-unresolved-refs": "error",
  "operation-operationId-unique": "error",
  "operation-parameters-unique": "error",
  "path-parameters-defined": "error",
  "path-declaration-must-exist": "error",
} as const;

/**
 * Structural complaints that published specs trip over and that do not stop generation:
 * GitHub's spec has `nullable` without `type` 135 times (it means "or null", and
 * openapi-typescript reads it so).
 */
const TOLERATED_MESSAGES = [/^The `type` field must be defined when the `nullable` field is used/];

/**
 * Collects every structural problem of the spec, then fails once with all of them. Returns the
 * document self-contained: as it is, or, when it `$ref`s other files, bundled into one, so that
 * later stages (and openapi-typescript) never resolve files again.
 */
export async function validateSpec(spec: LoadedSpec, absolutePath: string): Promise<Record<string, unknown>> {
  const versionIssue = checkVersion(spec);
  if (versionIssue) throw new SpecError([versionIssue]);
  const config = await createConfig({ rules: GENERATION_RULES });
  const resolver = new ConfinedResolver(dirname(absolutePath));
  const document = { source: new Source(absolutePath, ""), parsed: spec.document };
  const problems = await lintDocument({ document, config: config.styleguide, externalRefResolver: resolver });
  const isOpenApi31 = String(spec.document.openapi).startsWith("3.1");
  const others = new Map<string, LoadedSpec>();
  // Shown as the root file is: relative to the same folder.
  const otherFile = (source: Source): LoadedSpec => {
    const known = others.get(source.absoluteRef);
    if (known !== undefined) return known;
    const shown = join(dirname(spec.file), relative(dirname(absolutePath), source.absoluteRef)).split(sep).join("/");
    const parsed = parseSpec(new TextEncoder().encode(source.body), shown);
    others.set(source.absoluteRef, parsed);
    return parsed;
  };
  const issues = problems
    .filter((problem) => problem.severity === "error" && !TOLERATED_MESSAGES.some((pattern) => pattern.test(problem.message)))
    .filter((problem) => !namesPrototypeProperty(problem.location[0]?.pointer ?? "#"))
    .filter((problem) => !isFreeFormKey(problem.message, problem.location[0]?.pointer ?? "#", isOpenApi31))
    .map((problem): SpecIssue => {
      const location = problem.location[0];
      // A problem in another file of a multi-file spec is located in that file.
      const file = location?.source.absoluteRef && resolve(location.source.absoluteRef) !== resolve(absolutePath) ? otherFile(location.source) : spec;
      const pointer = existingAncestor(file.document, location?.pointer ?? "#");
      return { file: file.file, ...file.positionOf(pointer), pointer, message: describe(problem.message, nodeAt(file.document, pointer)) };
    });
  if (issues.length > 0) throw new SpecError(issues);
  if (resolver.externalFiles === 0) return spec.document;
  // The resolver has the other files cached: bundling reads nothing twice.
  const bundled = await bundleDocument({ document, config: config.styleguide, externalRefResolver: resolver, dereference: false });
  return bundled.bundle.parsed as Record<string, unknown>;
}

/**
 * Redocly looks schema property names up in plain objects, so a property named `constructor`
 * (or `toString`, …) is checked as if it were that object's own type field ("Expected type
 * integer"). Such names are valid; complaints at or under them are dropped.
 */
function namesPrototypeProperty(pointer: string): boolean {
  const segments = fromPointer(pointer);
  return segments.some((segment, index) => segments[index - 1] === "properties" && segment in Object.prototype);
}

const SCHEMA_SEGMENTS = new Set(["schema", "schemas", "properties", "items", "additionalProperties", "allOf", "oneOf", "anyOf", "not", "prefixItems", "$defs"]);

/**
 * An unknown key where OpenAPI allows any: inside an `x-` extension (ReadMe's `x-code-samples`
 * entries), or in an OpenAPI 3.1 schema, which is JSON Schema and may carry any keyword
 * (ReadMe's own 3.1 spec keeps 3.0's `nullable` 498 times).
 */
function isFreeFormKey(message: string, pointer: string, isOpenApi31: boolean): boolean {
  if (!/^Property `.*` is not expected here/.test(message)) return false;
  const segments = fromPointer(pointer);
  return segments.some((segment) => segment.startsWith("x-")) || (isOpenApi31 && segments.some((segment) => SCHEMA_SEGMENTS.has(segment)));
}

/** Redocly sometimes points below the node at fault (at a value, as if it were a key): keep the part that exists. */
function existingAncestor(document: unknown, pointer: string): string {
  const segments = fromPointer(pointer);
  while (segments.length > 0 && nodeAt(document, toPointer(segments)) === undefined) segments.pop();
  return toPointer(segments);
}

function nodeAt(document: unknown, pointer: string): unknown {
  return fromPointer(pointer).reduce<unknown>(
    (node, segment) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[segment] : undefined),
    document,
  );
}

/** Adds what the message leaves out: which `$ref` could not be resolved. */
function describe(message: string, node: unknown): string {
  const ref = typeof node === "object" && node !== null ? (node as { $ref?: unknown }).$ref : undefined;
  return message.startsWith("Can't resolve $ref") && typeof ref === "string" ? `Can't resolve $ref ${JSON.stringify(ref)}` : message;
}


/** Follows `$ref`s to files inside the spec's own folder tree only; never the network. */
class ConfinedResolver extends BaseResolver {
  readonly #root: string;
  /** How many other files the spec pulled in. */
  externalFiles = 0;

  constructor(root: string) {
    super({ http: { headers: [] } });
    this.#root = resolve(root);
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (/^[a-z][a-z0-9+.-]*:/i.test(absoluteRef) || !resolve(absoluteRef).startsWith(this.#root + sep)) {
      throw new Error(`$ref ${absoluteRef} is outside the spec's folder: only relative file references inside it are followed`);
    }
    this.externalFiles++;
    return super.loadExternalRef(absoluteRef);
  }
}
