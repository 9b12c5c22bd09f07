/**
 * What users ship must run in a browser: no public entry may pull a Node builtin into the
 * client's module graph, and a Node global (`process`, `Buffer`…) may only be read where it
 * can be missing, through `globalThis.process?.env` or behind `typeof process`.
 */
import { isBuiltin } from "node:module";
import type { Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { type Bundle, bundle, PUBLIC_ENTRIES } from "./bundle.js";

/** Globals that exist in Node and not in a browser. */
const NODE_GLOBALS = ["process", "Buffer", "global", "__dirname", "__filename", "setImmediate", "clearImmediate"] as const;

/** Each Node global becomes a marker wherever it is read as a global; `globalThis.process` and locals stay as they are. */
const MARKED = Object.fromEntries(NODE_GLOBALS.map((name) => [name, `__node_global_${name}__`]));

function bundleForBrowser(options: { entry: string } | { source: string }): Promise<Bundle> {
  return bundle({ ...options, platform: "browser", define: MARKED });
}

/** `importer → builtin` for every Node builtin in the graph, external or not. */
function nodeImports(metafile: Metafile): string[] {
  const found = Object.keys(metafile.inputs)
    .filter((path) => isBuiltin(path))
    .map((path) => `input ${path}`);
  for (const [importer, input] of Object.entries(metafile.inputs)) {
    for (const imported of input.imports) if (isBuiltin(imported.path)) found.push(`${importer} → ${imported.path}`);
  }
  return found;
}

/**
 * `module: global` for every read of a Node global that is not a `typeof` test and does not
 * follow one on the same line: `typeof process === "object" && process.versions` (as
 * openapi-fetch has it) is guarded, a bare `process.env.X` is not. Lines, because esbuild
 * prints a statement per line when not minifying.
 */
function unguardedGlobals(code: string): string[] {
  const found: string[] = [];
  for (const match of code.matchAll(/__node_global_(\w+?)__/g)) {
    const before = code.slice(0, match.index);
    const line = before.slice(before.lastIndexOf("\n") + 1);
    if (/\btypeof\s*$/.test(line) || line.includes(`typeof ${match[0]}`)) continue;
    // esbuild heads each module's code with a `// path` comment when not minifying.
    const module = [...before.matchAll(/^\/\/ (\S+)$/gm)].at(-1)?.[1] ?? "?";
    found.push(`${module}: ${match[1]}`);
  }
  return found;
}

describe.each(PUBLIC_ENTRIES)("%s bundled for the browser", (entry) => {
  let result: Bundle;
  beforeAll(async () => {
    result = await bundleForBrowser({ entry });
  });

  it("imports no Node builtin, directly or through a dependency", () => {
    expect(nodeImports(result.metafile)).toEqual([]);
    const [output] = Object.values(result.metafile.outputs);
    expect(output?.imports, "a browser bundle is self-contained").toEqual([]);
  });

  it("reads Node globals only where they may be missing", () => {
    expect(unguardedGlobals(result.code)).toEqual([]);
  });

  it("includes the runtime it is meant to ship", () => {
    expect(Object.keys(result.metafile.inputs)).toEqual(expect.arrayContaining(["src/core/errors.ts", expect.stringMatching(/openapi-fetch/)]));
  });
});

describe("the checks themselves", () => {
  it("catch a builtin import and an unguarded global, and pass guarded reads", async () => {
    const result = await bundleForBrowser({
      source: [
        'import { readFileSync } from "node:fs";',
        'import { join } from "path";',
        "export const read = () => readFileSync(join(__dirname, process.env.FILE ?? ''));",
        "export const guarded = typeof process === 'object' ? process.env.X : globalThis.process?.env.X;",
        "export const local = (process: { env: object }) => process.env;",
      ].join("\n"),
    });
    expect(nodeImports(result.metafile)).toEqual(["consumer.ts → node:fs", "consumer.ts → path"]);
    expect(unguardedGlobals(result.code)).toEqual(["consumer.ts: __dirname", "consumer.ts: process"]);
  });
});
