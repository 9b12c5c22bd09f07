/**
 * The second step of `npm run build`: declaration files for CommonJS consumers.
 *
 * The package is ES modules only; Node ≥ 20.19 and ≥ 22.12 `require()` them (package.json's
 * "require" condition points at the same files as "import", so there is one module graph).
 * TypeScript, though, judges a declaration file by the nearest package.json: dist/src/*.d.ts
 * are ES modules, and a CommonJS project compiled with `module: node16` refuses to import them
 * (TS1479; only `node20` and `nodenext` know about require(esm)). So the same declarations are
 * copied under dist/cjs/, whose package.json says "commonjs", and "require" → "types" points there.
 *
 *   tsx scripts/cjs-types.ts    (after tsc -p tsconfig.build.json)
 */
import { copyFile, mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
/** What tsc -p tsconfig.build.json writes declarations into (its "include", under outDir). */
const DECLARATION_ROOTS = ["src", "generated"];

/** Copies every `.d.ts` under dist/src and dist/generated to dist/cjs/, same layout, and marks that folder CommonJS. */
async function writeCjsTypes(): Promise<void> {
  const to = join(DIST, "cjs");
  // A declaration left from an earlier build would describe a module that no longer exists.
  await rm(to, { recursive: true, force: true });
  for (const root of DECLARATION_ROOTS) {
    const from = join(DIST, root);
    const found = await stat(from).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") throw new Error(`${relative(process.cwd(), from)} not found: run tsc -p tsconfig.build.json first`);
      throw error;
    });
    if (!found.isDirectory()) throw new Error(`${relative(process.cwd(), from)} is not a folder`);
    const files = (await readdir(from, { recursive: true })).filter((file) => file.endsWith(".d.ts")).sort();
    for (const file of files) {
      const target = join(to, root, file);
      await mkdir(dirname(target), { recursive: true });
      await copyFile(join(from, file), target);
    }
  }
  await writeFile(join(to, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`);
}

try {
  await writeCjsTypes();
} catch (error) {
  process.stderr.write(`cjs-types: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
