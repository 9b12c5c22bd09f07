/**
 * esbuild over the package's sources, as a user's bundler would see them: the browser tests
 * serve the result to Chromium, the import and tree-shaking checks read its metafile, and the
 * runtime tests (test/runtimes/) run it under Node 22, Deno and Bun.
 */
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** The package's public entries, as package.json's "exports" maps them to sources. */
export const PUBLIC_ENTRIES = ["src/index.ts", "src/modbox.ts", "src/aitronos.ts", "src/runtime/index.ts"] as const;

/**
 * Every spelling of a Node builtin. Marked external when bundling for the browser, so that an
 * import of one shows up in the metafile (and fails a test by name) instead of failing the build
 * with esbuild's generic "could not resolve".
 */
export const NODE_BUILTINS: readonly string[] = [...new Set(builtinModules.flatMap((name) => (name.startsWith("node:") ? [name] : [name, `node:${name}`])))];

export interface Bundle {
  code: string;
  metafile: Metafile;
}

export interface BundleOptions {
  /** A file of the repository, relative to its root. */
  entry?: string;
  /** Or the source of a consumer module, resolved from the repository root (`./src/modbox.js`). */
  source?: string;
  platform?: "browser" | "node";
  minify?: boolean;
  /** esbuild's `define`: replaces free (global) identifiers only, never a property or a local. */
  define?: Record<string, string>;
}

/** One ESM bundle, in memory. Node builtins stay external imports (see NODE_BUILTINS). */
export async function bundle(options: BundleOptions): Promise<Bundle> {
  const { entry, source, platform = "browser", minify = false, define = {} } = options;
  if ((entry === undefined) === (source === undefined)) throw new Error("bundle: give exactly one of entry and source");
  const result = await build({
    absWorkingDir: REPO,
    ...(entry === undefined
      ? { stdin: { contents: source ?? "", resolveDir: REPO, sourcefile: "consumer.ts", loader: "ts" as const } }
      : { entryPoints: [entry] }),
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform,
    target: "es2022",
    minify,
    define,
    external: platform === "browser" ? [...NODE_BUILTINS] : [],
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error("esbuild produced no output");
  return { code: output.text, metafile: result.metafile };
}
