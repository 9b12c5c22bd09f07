// A spec reaches no further than its own folder. Relative `$ref`s to files inside the spec's
// folder tree are followed; URLs (http, https, file), absolute paths, paths out of the folder
// and links that lead out of it are refused with the file, line and pointer of the `$ref`,
// before anything is fetched or read: a server on 127.0.0.1 sees no connection, and a canary
// file outside the folder never shows up in an output or an error. Generated file names are
// fixed: tags and operationIds cannot name, place or multiply them.
import { createServer, type Server } from "node:http";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import { runScript } from "../helpers/cli.js";
import { filesBelow, useTempDirs } from "./helpers.js";

const CANARY = "CANARY-c0ffee-must-never-be-read";
const tempDir = useTempDirs();
let work: string;
let specDir: string;
let connections = 0;
let server: Server;
let host: string;

beforeAll(async () => {
  // Counts connections, not requests: an https attempt at a plain server is a connection too.
  server = createServer((_request, response) => response.end(`type: object\nproperties:\n  ${CANARY}: {type: string}\n`));
  server.on("connection", () => connections++);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  work = await tempDir("confinement");
  specDir = join(work, "spec");
  await mkdir(join(specDir, "parts", "deeper"), { recursive: true });
  await mkdir(join(work, "outside"), { recursive: true });
  await writeFile(join(work, "canary.yaml"), `type: object\nproperties:\n  ${CANARY}: {type: string}\n`);
  await writeFile(join(work, "outside", "pet.yaml"), `type: object\nproperties:\n  ${CANARY}: {type: string}\n`);
  await writeFile(join(specDir, "parts", "pet.yaml"), "type: object\nproperties:\n  name: {type: string}\n  owner: {$ref: 'deeper/owner.yaml'}\n");
  await writeFile(join(specDir, "parts", "deeper", "owner.yaml"), "type: object\nproperties:\n  ownerName: {type: string}\n");
  await writeFile(join(specDir, "parts", "twice.yaml"), "type: object\ntype: string\n");
  await symlink(join(work, "canary.yaml"), join(specDir, "link.yaml"));
  await symlink(join(work, "outside"), join(specDir, "linked"));
  await writeFile(join(specDir, "parts", "leaf.yaml"), "type: object\nproperties:\n  leafName: {type: string}\n");
  await symlink(join(specDir, "parts", "leaf.yaml"), join(specDir, "inner-link.yaml"));
  await symlink(specDir, join(work, "spec-alias"));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** A spec whose schema `Target` (line 13) is `$ref`, used by one operation. */
function specReferring(ref: string, extra = ""): string {
  return `openapi: 3.1.0
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      operationId: getPet
      responses:
        "200":
          description: ok
          content: {application/json: {schema: {$ref: "#/components/schemas/Target"}${extra}}}
components:
  schemas:
    Target: {$ref: ${JSON.stringify(ref)}}
`;
}

async function generate(specText: string, folder = specDir, file = "api.yaml") {
  await writeFile(join(folder, file), specText);
  return (await generateClient({ name: "Api", spec: join(folder, file), output: join(work, "out") }, { cwd: work, runtimeImport: "./runtime.js" })).files;
}

async function failure(specText: string): Promise<string> {
  return generate(specText).then(
    () => expect.unreachable("the spec was accepted"),
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

const OUTSIDE = "only relative files inside the spec's folder are followed";
const LINK = "it is a link to a file outside the spec's folder";

describe("$refs to other files", () => {
  const refused: [string, () => string, string][] = [
    ["an http URL", () => `http://${host}/schema.yaml`, OUTSIDE],
    ["an https URL", () => `https://${host}/schema.yaml`, OUTSIDE],
    ["a file: URL", () => pathToFileURL(join(work, "canary.yaml")).href, OUTSIDE],
    ["an absolute path", () => join(work, "canary.yaml"), OUTSIDE],
    ["a path out of the folder", () => "../canary.yaml", OUTSIDE],
    ["a path that goes in and then out", () => "parts/../../canary.yaml", OUTSIDE],
    ["a protocol-relative URL", () => `//${host}/schema.yaml`, OUTSIDE],
    ["a link inside the folder to a file outside it", () => "link.yaml", LINK],
    ["a file in a linked folder that is outside", () => "linked/pet.yaml", LINK],
  ];

  it.each(refused)("refuses %s with file, line, pointer and why, fetching and reading nothing", async (_name, ref, why) => {
    const before = connections;
    const message = await failure(specReferring(ref()));
    expect(message).toBe(`spec/api.yaml:13 #/components/schemas/Target: $ref ${JSON.stringify(ref())} is refused: ${why}`);
    expect(message).not.toContain(CANARY);
    expect(connections - before).toBe(0);
  });

  it("follows relative files inside the folder, through subfolders and links that stay inside", async () => {
    const files = await generate(
      specReferring("parts/pet.yaml").replace('Target: {$ref: "parts/pet.yaml"}', 'Target: {$ref: "parts/pet.yaml"}\n    Linked: {$ref: "inner-link.yaml"}'),
    );
    const schema = files.find((file) => file.path === "schema.ts")?.content ?? "";
    expect(schema).toContain("ownerName?: string;");
    expect(schema).toContain("leafName?: string;");
  });

  it("follows them when the spec's folder is itself reached through a link", async () => {
    const files = await generate(specReferring("parts/pet.yaml"), join(work, "spec-alias"), "alias.yaml");
    expect(files.find((file) => file.path === "schema.ts")?.content).toContain("ownerName?: string;");
  });

  it("fetches nothing for an example's externalValue URL, and generates", async () => {
    const before = connections;
    const example = `, examples: {remote: {externalValue: "http://${host}/example.json"}}`;
    const files = await generate(specReferring("parts/pet.yaml", example));
    expect(files.map((file) => file.path)).toEqual(["client.ts", "index.ts", "schema.ts"]);
    expect(connections - before).toBe(0);
  });

  it("holds other files to the spec's own rules, and says where they break them", async () => {
    const message = await failure(specReferring("parts/twice.yaml"));
    expect(message).toContain('spec/api.yaml:13 #/components/schemas/Target: Can\'t resolve $ref "parts/twice.yaml": spec/parts/twice.yaml is invalid');
    expect(message).toContain('spec/parts/twice.yaml:2 #: invalid YAML: Map keys must be unique, and "type" appears twice');
  });

  it("puts no canary text into any output or error, across all refused refs at once", async () => {
    const refs = refused.map(([, ref]) => ref());
    const text =
      specReferring(refs[0] as string) +
      refs
        .slice(1)
        .map((ref, index) => `    Other${index}: {$ref: ${JSON.stringify(ref)}}\n`)
        .join("");
    const before = connections;
    const message = await failure(text);
    expect(message.split("\n")).toHaveLength(refs.length);
    expect(message).not.toContain(CANARY);
    expect(connections - before).toBe(0);
  });
});

describe("the generate command, given a refused $ref", () => {
  it("exits 1, names the file, line and pointer, and leaves the previous output as it was", async () => {
    const out = join(work, "cli-out");
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "client.ts"), "// the previous output\n");
    await writeFile(join(specDir, "cli.yaml"), specReferring(`https://${host}/schema.yaml`));
    const before = connections;
    const result = await runScript("scripts/generate.ts", ["--spec", join(specDir, "cli.yaml"), "--out", out, "--name", "Api"], work);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`spec/cli.yaml:13 #/components/schemas/Target: $ref "https://${host}/schema.yaml" is refused: ${OUTSIDE}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).not.toContain(CANARY);
    expect(connections - before).toBe(0);
    expect(await filesBelow(out)).toEqual(["client.ts"]);
    expect(await readFile(join(out, "client.ts"), "utf8")).toBe("// the previous output\n");
  });
});

describe("generated file names", () => {
  it("are client.ts, index.ts and schema.ts in the output folder, whatever the tags and operationIds say", async () => {
    const root = await tempDir("names");
    const folder = join(root, "a", "b");
    await mkdir(folder, { recursive: true });
    const names = ["../../x", "..\\\\..\\\\y", "/etc/z", "CON", "aux.ts", "NUL", "COM1", "Pets", "pets", "PETS", "client.ts", "index"];
    const paths = names
      .map(
        (name, index) =>
          `  /p${index}:\n    get:\n      operationId: ${JSON.stringify(name)}\n      tags: [${JSON.stringify(name)}]\n      responses: {"204": {description: ok}}\n`,
      )
      .join("");
    await writeFile(join(folder, "evil.yaml"), `openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n${paths}`);
    const result = await runScript("scripts/generate.ts", ["--spec", "evil.yaml", "--out", "out", "--name", "Evil"], folder);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(0);
    expect(await filesBelow(root)).toEqual(["a/b/evil.yaml", "a/b/out/client.ts", "a/b/out/index.ts", "a/b/out/schema.ts"]);
    // Tags that differ only in case are two classes of one file, not two files.
    const client = await readFile(join(folder, "out", "client.ts"), "utf8");
    expect(client).toContain("export class Pets {");
    expect(client).toContain("export class Pets2 {");
    expect(client).toContain("export class Pets3 {");
  });
});
