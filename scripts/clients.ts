import { readdir, readFile } from "node:fs/promises";
import { basename, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pascalCase } from "./emit/names.js";
import { type ClientConfig, type ClientsConfig, type ConfigIssue, validateConfig } from "./pipeline/config.js";

export const CONFIG_FILE = "clients.config.json";
const SPEC_EXTENSIONS = new Set([".yaml", ".yml", ".json"]);

/**
 * The clients to generate: every entry of clients.config.json, then every spec in specs/ that
 * the config does not list, with a name and output folder derived from its file name.
 */
export async function listClients(root: string): Promise<ClientConfig[]> {
  const configured = await readConfig(root);
  const listed = new Set(configured.map((client) => resolve(root, client.spec)));
  const specFiles = (await readdir(join(root, "specs")).catch(() => [] as string[])).filter((name) => SPEC_EXTENSIONS.has(extname(name))).sort();
  const unlisted = specFiles.filter((name) => !listed.has(resolve(root, "specs", name)));
  return [...configured, ...unlisted.map((name) => defaultClient(`specs/${name}`))];
}

/** A client for one spec: its config entry when it has one, else names derived from the file. */
export async function clientForSpec(root: string, spec: string, overrides: { name?: string; output?: string }): Promise<ClientConfig> {
  const configured = (await readConfig(root)).find((client) => resolve(root, client.spec) === resolve(spec));
  const base = configured ?? defaultClient(spec);
  return { ...base, spec, name: overrides.name ?? base.name, output: overrides.output ?? base.output };
}

function defaultClient(spec: string): ClientConfig {
  const stem = basename(spec, extname(spec));
  return { name: pascalCase(stem), spec, output: `generated/${stem.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}` };
}

/** A clients.config.json the generator cannot use: the user's error, one line per problem. */
export class ConfigError extends Error {
  override name = "ConfigError";
  /** The file as shown to the user: relative to the working directory. */
  readonly file: string;
  readonly issues: readonly ConfigIssue[];

  constructor(file: string, issues: readonly ConfigIssue[]) {
    super(issues.map((issue) => `${file}: ${issue.path}: ${issue.message}`).join("\n"));
    this.file = file;
    this.issues = issues;
  }
}

/** The config's clients, checked against its schema; no config file is no clients. */
async function readConfig(root: string): Promise<ClientConfig[]> {
  const path = join(root, CONFIG_FILE);
  const text = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : Promise.reject(error)));
  if (text === undefined) return [];
  const shown = relative(process.cwd(), path).split(sep).join("/");
  const file = shown === "" || shown.startsWith("..") || isAbsolute(shown) ? path : shown;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(file, [{ path: "(top level)", pointer: "#", message: `invalid JSON: ${(error as Error).message}` }]);
  }
  const issues = validateConfig(parsed);
  if (issues.length > 0) throw new ConfigError(file, issues);
  return (parsed as ClientsConfig).clients ?? [];
}

/**
 * How generated code reaches the runtime: a relative import inside this repository, the
 * package's `/runtime` export anywhere else (so it works wherever the package is installed).
 */
export async function runtimeImportFor(root: string, outputDir: string): Promise<string> {
  const fromOutput = relative(resolve(root, outputDir), join(root, "src", "runtime", "index.js"))
    .split(sep)
    .join("/");
  const inside = !relative(root, resolve(root, outputDir)).startsWith("..") && !isAbsolute(relative(root, resolve(root, outputDir)));
  if (inside) return fromOutput.startsWith(".") ? fromOutput : `./${fromOutput}`;
  const { name } = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { name: string };
  return `${name}/runtime`;
}
