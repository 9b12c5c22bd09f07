/**
 * Shared by the realworld tests: generate a client for a published spec into
 * test/realworld/.out/ (inside the repository, so it imports src/runtime by relative path, as
 * `npm run generate` would), type-check it with a strict standalone tsc, load it, and look at
 * what it exposes. Nothing here knows how the generator names things: names are discovered from
 * the loaded client and the requests it sends.
 */
import { execFile } from "node:child_process";
import { readFile, rm, rmdir, writeFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { parse as parseYaml } from "yaml";
import { runtimeImportFor } from "../../scripts/clients.js";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import { writeOutput } from "../../scripts/pipeline/write-output.js";
import { REPO_ROOT, TSX_LOADER } from "../helpers/cli.js";

export { REPO_ROOT };

/** Every generated client of these tests lives below this folder (gitignored). */
export const OUT_ROOT = join(REPO_ROOT, "test", "realworld", ".out");

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export type Json = Record<string, unknown>;

/** One operation as the spec declares it. */
export interface SpecOperation {
  method: string;
  /** The path key as written, e.g. `/pet/{petId}` (some test specs add a `#fragment`). */
  path: string;
  operationId: string | undefined;
  tags: string[];
}

export function record(value: unknown): Json {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

/** Parses a spec file (JSON or YAML) given relative to the repository. */
export async function readSpec(spec: string): Promise<Json> {
  const text = await readFile(resolve(REPO_ROOT, spec), "utf8");
  return record(/^\s*\{/.test(text) ? JSON.parse(text) : parseYaml(text));
}

export function operationsOf(document: Json): SpecOperation[] {
  const found: SpecOperation[] = [];
  for (const [path, item] of Object.entries(record(document.paths))) {
    for (const method of HTTP_METHODS) {
      const operation = record(item)[method];
      if (operation === undefined) continue;
      const { operationId, tags } = record(operation);
      found.push({
        method: method.toUpperCase(),
        path,
        operationId: typeof operationId === "string" && operationId.trim() !== "" ? operationId : undefined,
        tags: Array.isArray(tags) ? tags.map(String) : [],
      });
    }
  }
  return found;
}

export interface GeneratedClient {
  /** Class name given to the generator. */
  className: string;
  spec: string;
  /** Absolute output folder. */
  dir: string;
  files: string[];
  ms: number;
}

/**
 * Generates `className` from `spec` into `OUT_ROOT/<group>/<folder>` with the pipeline the CLI
 * runs (generateClient, then the atomic writeOutput), importing the runtime the way a client
 * generated inside this repository does.
 */
export async function generateInto(group: string, folder: string, className: string, spec: string): Promise<GeneratedClient> {
  const started = performance.now();
  const dir = join(OUT_ROOT, group, folder);
  const runtimeImport = await runtimeImportFor(REPO_ROOT, dir);
  const { files } = await generateClient({ name: className, spec, output: relative(REPO_ROOT, dir) }, { cwd: REPO_ROOT, runtimeImport });
  await writeOutput(dir, files);
  return { className, spec, dir, files: files.map((file) => file.path), ms: Math.round(performance.now() - started) };
}

export async function removeGroup(group: string): Promise<void> {
  await rm(join(OUT_ROOT, group), { recursive: true, force: true });
  // The last group out removes the folder too; another file's group still in it keeps it.
  await rmdir(OUT_ROOT).catch(() => undefined);
}

/** Writes the tiny consumer of a client's public surface next to its index.ts; returns its path. */
export async function writeConsumer(client: GeneratedClient, source: string): Promise<string> {
  const file = join(client.dir, "consumer.ts");
  await writeFile(file, `${source.trim()}\n`);
  return file;
}

/** `const _x: IsAny<T> = false` fails to compile when T is `any`: a response typed `any` checks nothing. */
export const IS_ANY = "type IsAny<T> = 0 extends 1 & T ? true : false;";

/**
 * Strict flags (tsconfig.strict.json: strict, ES2022, NodeNext, skipLibCheck). scripts/typecheck.ts
 * compiles with them and blanks generated files' `// @ts-nocheck` line, which would otherwise
 * make tsc skip exactly the code under test.
 */
export const TSC_PROJECT = "test/realworld/tsconfig.strict.json";

export interface TscRun {
  code: number;
  output: string;
  ms: number;
}

/** One strict check over the given files (no project files), from the repository root. */
export function typecheck(files: string[]): Promise<TscRun> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", TSX_LOADER, join(REPO_ROOT, "scripts", "typecheck.ts"), "-p", TSC_PROJECT, ...files.map((file) => relative(REPO_ROOT, file))],
      { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024, timeout: 240_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        done({ code, output: `${stdout}${stderr}`, ms: Math.round(performance.now() - started) });
      },
    );
  });
}

/**
 * The diagnostics of a tsc run that concern `dir`: those in its files, and those outside every
 * generated folder (the shared runtime), which concern every client. Continuation lines stay
 * with their diagnostic.
 */
export function diagnosticsFor(run: TscRun, dir: string): string[] {
  const mine = `${relative(REPO_ROOT, dir).split(sep).join("/")}/`;
  const outRoot = `${relative(REPO_ROOT, OUT_ROOT).split(sep).join("/")}/`;
  const diagnostics: string[] = [];
  let keep = false;
  for (const line of run.output.split("\n")) {
    if (line.trim() === "") continue;
    if (!/^\s/.test(line)) {
      const file = line.split("(")[0]?.split(sep).join("/") ?? "";
      keep = file.startsWith(mine) || !file.startsWith(outRoot);
    }
    if (keep) diagnostics.push(line.length > 400 ? `${line.slice(0, 400)}…` : line);
  }
  return diagnostics;
}

/** Loads a generated index.ts (vitest compiles TypeScript on import). */
export async function loadClient(client: GeneratedClient): Promise<Record<string, unknown>> {
  return (await import(join(client.dir, "index.ts"))) as Record<string, unknown>;
}

/** A generated client class, constructed with options of any shape. */
export type ClientClass = new (options?: Record<string, unknown>) => object;

export function clientClass(module: Record<string, unknown>, name: string): ClientClass {
  const found = module[name];
  if (typeof found !== "function") throw new Error(`the generated index.ts exports no class ${name}`);
  return found as ClientClass;
}

export type AnyMethod = (...args: unknown[]) => Promise<unknown>;

/** Calls `path` (`method` or `resource.method`) on a client, failing clearly when it is not there. */
export function call(client: object, path: string, ...args: unknown[]): Promise<unknown> {
  const segments = path.split(".");
  const name = segments.pop() ?? "";
  let target: unknown = client;
  for (const key of segments) target = typeof target === "object" && target !== null ? (target as Json)[key] : undefined;
  const method = typeof target === "object" && target !== null ? (target as Json)[name] : undefined;
  if (typeof method !== "function") return Promise.reject(new Error(`the client has no method ${path}`));
  return (method as AnyMethod).apply(target, args);
}

function methodsOf(object: object): string[] {
  const prototype = Object.getPrototypeOf(object) as object;
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== "constructor" && typeof (object as Json)[name] === "function")
    .sort();
}

/** What a client instance exposes: methods of its own, and resource objects with theirs. */
export interface Surface {
  root: string[];
  resources: Record<string, string[]>;
}

export function surfaceOf(client: object): Surface {
  const resources: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(client)) {
    // `transport` is the runtime's, shared by the resources; everything else that is an object with methods is a resource.
    if (key === "transport" || typeof value !== "object" || value === null) continue;
    const methods = methodsOf(value);
    if (methods.length > 0) resources[key] = methods;
  }
  return { root: methodsOf(client), resources };
}

/** Every method of a surface as `method` or `resource.method`. */
export function methodPaths(surface: Surface): string[] {
  return [...surface.root, ...Object.entries(surface.resources).flatMap(([resource, methods]) => methods.map((method) => `${resource}.${method}`))];
}

/** `GET /pet/{id}`: the key an operation is known by in these tests (without any `#fragment`). */
export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/#.*$/, "")}`;
}

/**
 * Which operation each method sends, found by calling it with placeholder arguments through a
 * fetch that records the request and answers `{}`: a method is mapped to the spec route whose
 * template matches the request (static routes win over templated ones). Credentials of every
 * kind are given so that no constructor refuses; `credentials` can add spec-specific ones.
 */
export async function discoverRoutes(
  Client: ClientClass,
  operations: SpecOperation[],
  credentials: Json = {},
  /** Which methods (`method` or `resource.method`) to try; all by default. */
  only: (path: string) => boolean = () => true,
): Promise<Map<string, string>> {
  let sent: { method: string; pathname: string } | undefined;
  const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    sent = { method: request.method, pathname: new URL(request.url).pathname };
    return new Response("{}", { status: 200, headers: { "content-type": "application/json" } });
  };
  const client = constructWithAnyCredentials(Client, { baseUrl: "http://routes.invalid", fetch: recordingFetch, maxRetries: 0 }, credentials);
  const routes = new Map<string, string>();
  for (const path of methodPaths(surfaceOf(client)).filter(only)) {
    const segments = path.split(".");
    const target = (segments.length === 2 ? (client as Json)[segments[0] ?? ""] : client) as Json;
    const method = target[segments.at(-1) ?? ""] as AnyMethod;
    sent = undefined;
    // Path parameters come first, so placeholders fill the first `given` slots and the rest
    // (params, options) stay undefined; fewer and fewer until a request goes out (a GET whose
    // spec declares a body, for one, only goes out without one).
    for (let given = method.length; given >= 0 && sent === undefined; given--) {
      const args = Array.from({ length: given }, (_, index) => `v${index}`);
      await method.apply(target, args).catch(() => undefined);
    }
    const request = sent as { method: string; pathname: string } | undefined;
    if (request === undefined) {
      routes.set(`(no request) ${path}`, path);
      continue;
    }
    routes.set(matchRoute(request.method, request.pathname, operations) ?? `(unmatched) ${request.method} ${request.pathname}`, path);
  }
  return routes;
}

function matchRoute(method: string, pathname: string, operations: SpecOperation[]): string | undefined {
  const candidates = operations
    .filter((operation) => operation.method === method)
    .map((operation) => ({ key: routeKey(operation.method, operation.path), template: operation.path.replace(/#.*$/, "") }))
    .filter(({ template }) => templateRegExp(template).test(pathname))
    .sort((a, b) => placeholders(a.template) - placeholders(b.template));
  return candidates[0]?.key;
}

function templateRegExp(template: string): RegExp {
  const pattern = template
    .split(/(\{[^{}]+\})/)
    .map((part) => (/^\{[^{}]+\}$/.test(part) ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${pattern}$`);
}

function placeholders(template: string): number {
  return (template.match(/\{[^{}]+\}/g) ?? []).length;
}

/**
 * A client constructed with as many credentials as it accepts: every kind first, then without
 * basic, then without the bearer token (a client may refuse both at once), then none.
 */
export function constructWithAnyCredentials(Client: ClientClass, options: Json, credentials: Json = {}): object {
  const every: Json = { token: "t", apiKey: "k", username: "u", password: "p", ...credentials };
  const without = (...names: string[]) => Object.fromEntries(Object.entries(every).filter(([name]) => !names.includes(name)));
  let lastError: unknown;
  for (const attempt of [every, without("username", "password"), without("token"), {}]) {
    try {
      return new Client({ ...attempt, ...options });
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Whether `name` can name a method (`client.name(...)`): an identifier, not a reserved word. */
export function isIdentifier(name: string): boolean {
  if (!/^[\p{ID_Start}$_][\p{ID_Continue}$]*$/u.test(name)) return false;
  try {
    new Function(`"use strict"; let ${name};`);
    return true;
  } catch {
    return false;
  }
}

/** Letters and digits only, lowercased: for comparing names across casing conventions. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Awaits a promise that must reject, and returns what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)?.slice(0, 500)}`);
    },
    (error: unknown) => error,
  );
}

/** An APIError's fields, for readable assertion failures. */
export function errorSummary(error: unknown): Json {
  const fields = record(error);
  return {
    class: (error as { constructor?: { name?: string } } | undefined)?.constructor?.name,
    status: fields.status,
    message: error instanceof Error ? error.message.slice(0, 300) : String(error),
  };
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** One spec of a test file's group. */
export interface SpecEntry {
  /** Folder name under the group, and the key tests use. */
  key: string;
  spec: string;
  className: string;
}

/** How far one spec got: each stage's result, or the error that stopped it. */
export interface ClientSetup {
  entry: SpecEntry;
  document: Json;
  operations: SpecOperation[];
  generated?: GeneratedClient;
  Client?: ClientClass;
  /** Spec route (`GET /pet/{id}`) → method path (`getPetById` or `pets.getPetById`). */
  routes?: Map<string, string>;
  error?: unknown;
}

export interface GroupSetup {
  clients: Record<string, ClientSetup>;
  tsc: TscRun | undefined;
  timings: Record<string, number>;
}

/**
 * Generates, loads and maps every spec of a group (one failing spec does not stop the others),
 * writes each client's consumer (`consumerFor` sees the discovered method names), then runs
 * one tsc over all of them: a single compiler start is much faster than one per client.
 */
export async function setupGroup(
  group: string,
  entries: SpecEntry[],
  consumerFor: (setup: ClientSetup) => string | undefined,
  credentials: Json = {},
): Promise<GroupSetup> {
  const timings: Record<string, number> = {};
  const clients: Record<string, ClientSetup> = {};
  let started = performance.now();
  for (const entry of entries) {
    const document = await readSpec(entry.spec);
    const setup: ClientSetup = { entry, document, operations: operationsOf(document) };
    clients[entry.key] = setup;
    try {
      setup.generated = await generateInto(group, entry.key, entry.className, entry.spec);
      timings[`generate ${entry.key}`] = setup.generated.ms;
      let phase = performance.now();
      setup.Client = clientClass(await loadClient(setup.generated), entry.className);
      timings[`load ${entry.key}`] = Math.round(performance.now() - phase);
      phase = performance.now();
      setup.routes = await discoverRoutes(setup.Client, setup.operations, credentials);
      timings[`routes ${entry.key}`] = Math.round(performance.now() - phase);
    } catch (error) {
      setup.error = error;
    }
  }
  timings["generate+load all"] = Math.round(performance.now() - started);
  const files: string[] = [];
  for (const setup of Object.values(clients)) {
    if (setup.generated === undefined) continue;
    files.push(join(setup.generated.dir, "index.ts"));
    const source = setup.Client === undefined ? undefined : consumerFor(setup);
    if (source !== undefined) files.push(await writeConsumer(setup.generated, source));
  }
  started = performance.now();
  const tsc = files.length > 0 ? await typecheck(files) : undefined;
  timings.tsc = Math.round(performance.now() - started);
  return { clients, tsc, timings };
}

/** The setup's client class, or the error that kept it from being generated or loaded. */
export function clientOf(setup: ClientSetup | undefined): ClientClass {
  if (setup === undefined) throw new Error("no such spec in this group");
  if (setup.Client === undefined) throw notReady(setup);
  return setup.Client;
}

/** A short error for the tests that depend on a client that is missing; its "generates" test shows the whole error. */
function notReady(setup: ClientSetup): Error {
  const first = (setup.error instanceof Error ? setup.error.message : String(setup.error)).split("\n");
  const more = first.length > 1 ? ` (and ${first.length - 1} more line(s))` : "";
  return new Error(`no client for ${setup.entry.spec}: ${first[0]?.slice(0, 400)}${more}`);
}

/** The method that sends `route` (`GET /pet/{id}`), as discovered; fails listing what was found. */
export function methodFor(setup: ClientSetup | undefined, route: string): string {
  clientOf(setup);
  const found = setup?.routes?.get(route);
  if (found === undefined) throw new Error(`no method sends ${route}; found: ${[...(setup?.routes ?? [])].map(([r, m]) => `${r} → ${m}`).join("; ")}`);
  return found;
}

/** The tsc diagnostics concerning one client of the group. */
export function groupDiagnostics(group: GroupSetup | undefined, setup: ClientSetup | undefined): string {
  if (setup === undefined) throw new Error("no such spec in this group");
  if (setup.generated === undefined) throw notReady(setup);
  if (group?.tsc === undefined) throw new Error("tsc did not run");
  return diagnosticsFor(group.tsc, setup.generated.dir).join("\n");
}

/**
 * What is wrong with how a client lays out the spec's operations (empty when nothing is): every
 * operation is one method; a tagged one sits on the resource named after its first tag, an
 * untagged one on the client itself; every name is a usable identifier.
 */
export function layoutProblems(setup: ClientSetup): string[] {
  const Client = clientOf(setup);
  const surface = surfaceOf(constructWithAnyCredentials(Client, { baseUrl: "http://127.0.0.1:9" }));
  const problems: string[] = [];
  const all = methodPaths(surface);
  if (all.length !== setup.operations.length) problems.push(`${all.length} methods for ${setup.operations.length} operations`);
  for (const path of all) if (!path.split(".").every(isIdentifier)) problems.push(`not an identifier: ${path}`);
  const keys = setup.operations.map((operation) => routeKey(operation.method, operation.path));
  for (const operation of setup.operations) {
    const key = routeKey(operation.method, operation.path);
    if (keys.filter((other) => other === key).length > 1) continue; // `/cookies#a` and `/cookies#b`: one request, two operations
    const path = setup.routes?.get(key);
    if (path === undefined) {
      problems.push(`no method sends ${key}`);
      continue;
    }
    const [tag] = operation.tags;
    const resource = path.includes(".") ? path.split(".")[0] : undefined;
    if (tag === undefined && resource !== undefined) problems.push(`${key} has no tag but is ${path}, not a method of the client`);
    if (tag !== undefined && (resource === undefined || squash(resource) !== squash(tag))) problems.push(`${key} (tag "${tag}") is ${path}`);
  }
  for (const [key, path] of setup.routes ?? []) if (key.startsWith("(")) problems.push(`${path}: ${key}`);
  return problems;
}
