// Generates every construct fixture and checks that test/constructs/generated/<fixture>/ holds
// exactly what the generator produces, byte for byte. Those folders are committed: the type
// tests (*.test-d.ts) and runtime tests (*.test.ts) next to this file import them, and
// tsconfig.json's typecheck compiles them. After a generator change, refresh them with
//   npx vitest run test/constructs/generate-constructs.test.ts -u
// and review the diff like code.
import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runtimeImportFor } from "../../scripts/clients.js";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import { REPO_ROOT } from "../helpers/cli.js";
import { CONSTRUCT_FIXTURES, type ConstructFixture, FIXTURE_DIR, GENERATED_DIR } from "./fixtures.js";

const fixtures = Object.keys(CONSTRUCT_FIXTURES).sort() as ConstructFixture[];

async function generate(fixture: ConstructFixture) {
  const output = `${GENERATED_DIR}/${fixture}`;
  const runtimeImport = await runtimeImportFor(REPO_ROOT, resolve(REPO_ROOT, output));
  return (await generateClient({ name: CONSTRUCT_FIXTURES[fixture], spec: `${FIXTURE_DIR}/${fixture}.yaml`, output }, { cwd: REPO_ROOT, runtimeImport })).files;
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

describe("construct fixtures", () => {
  it("has a fixture spec for every entry of fixtures.ts, and no other", async () => {
    const specs = (await readdir(join(REPO_ROOT, FIXTURE_DIR))).filter((name) => name.endsWith(".yaml")).map((name) => name.slice(0, -5));
    expect(specs.sort()).toEqual(fixtures);
  });

  it("has a generated folder for every fixture, and no other", async () => {
    const folders = (await readdir(join(REPO_ROOT, GENERATED_DIR), { withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(fixtures);
  });
});

describe.each(fixtures)("generated/%s", (fixture) => {
  it("is what the generator produces from the fixture (run with -u to refresh)", async () => {
    const files = await generate(fixture);
    const folder = join(REPO_ROOT, GENERATED_DIR, fixture);
    for (const file of files) await expect(file.content).toMatchFileSnapshot(join(folder, file.path));
    // Missing files are the snapshots' business; a file the generator no longer emits is stale.
    const emitted = new Set(files.map((file) => file.path));
    expect((await listFiles(folder)).filter((path) => !emitted.has(path))).toEqual([]);
  });

  it("is deterministic: a second run gives the same bytes", async () => {
    expect(await generate(fixture)).toEqual(await generate(fixture));
  });
});
