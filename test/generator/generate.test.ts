import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import type { ClientConfig } from "../../scripts/pipeline/config.js";
import { REPO_ROOT, runScript } from "../helpers/cli.js";

const modbox: ClientConfig = { name: "Modbox", spec: "specs/modbox.yaml", output: "generated/modbox", tags: { subpackage_workspaces: "workspaces" } };
const ctx = { cwd: REPO_ROOT, runtimeImport: "../../src/runtime/index.js" };

let work: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), "generate-"));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function snapshotFolder(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), "utf8")])));
}

describe("determinism", () => {
  it("gives the same bytes for the same spec, run after run", async () => {
    const first = (await generateClient(modbox, ctx)).files;
    const second = (await generateClient(modbox, ctx)).files;
    expect(second).toEqual(first);
  });

  it("orders the client by path and method, not by the order keys appear in the spec", async () => {
    const document = parse(await readFile(join(REPO_ROOT, "test/fixtures/features.yaml"), "utf8"));
    document.paths = Object.fromEntries(Object.entries(document.paths).reverse());
    document.components.schemas = Object.fromEntries(Object.entries(document.components.schemas).reverse());
    await writeFile(join(work, "shuffled.yaml"), stringify(document));
    const config = (spec: string): ClientConfig => ({ name: "Features", spec, output: "out" });
    const original = (await generateClient(config("test/fixtures/features.yaml"), ctx)).files;
    const shuffled = (await generateClient(config(join(work, "shuffled.yaml")), ctx)).files;
    const withoutHeader = (files: { path: string; content: string }[]) => files.find((f) => f.path === "client.ts")?.content.replace(/^.*\n/, "");
    expect(withoutHeader(shuffled)).toBe(withoutHeader(original));
  });

  it("names the spec and its sha256 in every file's first line", async () => {
    const files = (await generateClient(modbox, ctx)).files;
    for (const file of files) {
      expect(file.content.split("\n")[0]).toMatch(/^\/\/ Generated from specs\/modbox\.yaml \(sha256 [0-9a-f]{64}\) by scripts\/generate\.ts\. Do not edit\.$/);
    }
  });
});

describe("golden output", () => {
  // Reviewed by hand; `vitest -u` rewrites them, and the diff is then reviewed like code.
  // tsconfig.json includes test/golden, so the typecheck test compiles them too.
  it("emits the features fixture as reviewed", async () => {
    const { files } = await generateClient(
      { name: "Features", spec: "test/fixtures/features.yaml", output: "x" },
      { ...ctx, runtimeImport: "../../../src/runtime/index.js" },
    );
    for (const file of files) await expect(file.content).toMatchFileSnapshot(`../golden/features/${file.path}`);
  });
});

describe("the generate command", () => {
  it("leaves generated/ as the committed specs produce it (--check passes on a clean checkout)", async () => {
    const result = await runScript("scripts/generate.ts", ["--check"]);
    expect(result.stderr).toContain("up to date");
    expect(result.code).toBe(0);
  });

  it("--check exits 1 and names each stale file", async () => {
    const out = join(work, "out");
    expect((await runScript("scripts/generate.ts", ["--spec", "specs/modbox.yaml", "--out", out, "--name", "Modbox"])).code).toBe(0);
    await writeFile(join(out, "client.ts"), "// edited by hand\n");
    await writeFile(join(out, "extra.ts"), "export {};\n");
    const result = await runScript("scripts/generate.ts", ["--spec", "specs/modbox.yaml", "--out", out, "--name", "Modbox", "--check"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`stale: ${out}/client.ts`);
    expect(result.stderr).toContain(`stale: ${out}/extra.ts`);
    expect(result.stderr).not.toContain("schema.ts");
  });

  it("keeps the previous output byte for byte when the spec turns invalid, and says where", async () => {
    const spec = join(work, "api.yaml");
    const out = join(work, "out");
    await cp(join(REPO_ROOT, "specs/modbox.yaml"), spec);
    expect((await runScript("scripts/generate.ts", ["--spec", spec, "--out", out])).code).toBe(0);
    const before = await snapshotFolder(out);
    const broken = (await readFile(spec, "utf8")).replace("$ref: '#/components/schemas/WorkspaceMemberResponse'", "$ref: '#/components/schemas/Missing'");
    await writeFile(spec, broken);
    const result = await runScript("scripts/generate.ts", ["--spec", spec, "--out", out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /api\.yaml:36 #\/paths\/~1workspaces~1\{workspace_id\}~1members~1\{target_user_id\}\/put\/responses\/200\/content\/application~1json\/schema: Can't resolve \$ref "#\/components\/schemas\/Missing"/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /); // a user error, not a stack trace
    expect(await snapshotFolder(out)).toEqual(before);
    expect((await readdir(work)).sort()).toEqual(["api.yaml", "out"]); // no temp folder left behind
  });
});

describe("invalid specs", () => {
  const cases: [string, { given: string; want: RegExp }][] = [
    ["malformed YAML, with its line", { given: "openapi: 3.1.0\ninfo: [\n", want: /api\.yaml:\d+ #: invalid YAML/ }],
    ["a duplicate key", { given: "openapi: 3.1.0\nopenapi: 3.1.0\n", want: /api\.yaml:2 #: invalid YAML: Map keys must be unique/ }],
    ["Swagger 2.0", { given: "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", want: /api\.yaml:1 #\/swagger: Swagger 2\.0 is not supported/ }],
    ["a document that is not OpenAPI", { given: "name: not a spec\n", want: /api\.yaml:1 #: not an OpenAPI document/ }],
    ["OpenAPI 4", { given: "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n", want: /#\/openapi: unsupported OpenAPI version "4\.0\.0"/ }],
    ["OpenAPI 3.3", { given: "openapi: 3.3.0\ninfo: {title: t, version: '1'}\npaths: {}\n", want: /#\/openapi: unsupported OpenAPI version "3\.3\.0"/ }],
    ["an empty file", { given: "", want: /api\.yaml:1 #: expected an OpenAPI document/ }],
    [
      "a path parameter used but not declared",
      {
        given: "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      responses: {'200': {description: ok}}\n",
        want: /api\.yaml:5 #\/paths\/~1a~1\{id\}\/get.*: The operation does not define the path parameter `\{id\}`/,
      },
    ],
    [
      "duplicate operationIds",
      {
        given:
          "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get: {operationId: x, responses: {'200': {description: ok}}}\n  /b:\n    get: {operationId: x, responses: {'200': {description: ok}}}\n",
        want: /api\.yaml:7 #\/paths\/~1b\/get: Every operation must have a unique `operationId`/,
      },
    ],
  ];

  it.each(cases)("rejects %s with file, line and pointer", async (_name, { given, want }) => {
    await writeFile(join(work, "api.yaml"), given);
    const generation = generateClient({ name: "Api", spec: join(work, "api.yaml"), output: "out" }, { ...ctx, cwd: work });
    await expect(generation).rejects.toThrow(want);
  });

  it("warns of a 3.2 keyword out of place (itemSchema is a media type's, not a response's) with file, line and pointer, and ignores it", async () => {
    await writeFile(
      join(work, "api.yaml"),
      "openapi: 3.2.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'200': {description: ok, itemSchema: {}}}\n",
    );
    const { warnings } = await generateClient({ name: "Api", spec: join(work, "api.yaml"), output: "out" }, { ...ctx, cwd: work });
    expect(warnings.map((warning) => `${warning.line} ${warning.pointer}: ${warning.message}`)).toEqual([
      expect.stringMatching(/^6 #\/paths\/~1a\/get\/responses\/200\/itemSchema: Property `itemSchema` is not expected here: ignored/),
    ]);
  });

  it("reports every problem at once, not just the first", async () => {
    await writeFile(
      join(work, "api.yaml"),
      "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'200': {$ref: '#/nope'}}\n  /b:\n    get:\n      responses: {'200': {$ref: '#/nada'}}\n",
    );
    const generation = generateClient({ name: "Api", spec: join(work, "api.yaml"), output: "out" }, { ...ctx, cwd: work });
    await expect(generation).rejects.toThrow(/api\.yaml:6 #\/paths\/~1a\/get\/responses\/200: Can't resolve \$ref "#\/nope"\napi\.yaml:9 .*"#\/nada"/);
  });
});
