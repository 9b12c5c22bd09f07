// A spec the generator cannot use is refused: one line per problem with its file, line and
// JSON pointer, a non-zero exit, nothing written and the previous output untouched. That
// covers what YAML and JSON parsers let through silently (duplicate keys, YAML's types beyond
// JSON's, alias bombs and cycles, invalid UTF-8), documents that are not OpenAPI 3.0/3.1, and
// references and parameters that cannot be resolved or do not match.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import { scanJson } from "../../scripts/pipeline/scan-json.js";
import { REPO_ROOT, runScript } from "../helpers/cli.js";
import { filesBelow, useTempDirs } from "./helpers.js";

const tempDir = useTempDirs();

const HEAD = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n";
const ok = "responses: {'200': {description: ok}}";

/** A spec with one schema `Thing` (line 5) holding `value`, used by GET /a. */
function withSchema(value: string): string {
  return `${HEAD}components:\n  schemas:\n    Thing: {type: object}\n    Other: ${value}\npaths:\n  /a:\n    get: {${ok}}\n`;
}

function billionLaughs(): string {
  const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let level = 1; level < 10; level++) {
    const [name, previous] = [String.fromCharCode(97 + level), String.fromCharCode(96 + level)];
    levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
  }
  return `${HEAD}paths: {}\nx-bomb:\n${levels.map((line) => `  ${line}`).join("\n")}\n`;
}

const cases: [string, { given: string | Uint8Array; file?: string; want: RegExp }][] = [
  ["malformed YAML", { given: `${HEAD}paths: [\n`, want: /^api\.yaml:\d+ #: invalid YAML: / }],
  [
    "a duplicate key in YAML, named, in the mapping that has it",
    {
      given: `${HEAD}paths:\n  /a:\n    get:\n      ${ok}\n      responses: {}\n`,
      want: /^api\.yaml:7 #\/paths\/~1a\/get: invalid YAML: Map keys must be unique, and "responses" appears twice$/,
    },
  ],
  [
    "a duplicate key in JSON, which JSON.parse would let through",
    {
      file: "api.json",
      given:
        '{\n  "openapi": "3.1.0",\n  "info": {"title": "t", "version": "1"},\n  "paths": {\n    "/a": {"get": {"responses": {}}, "get": {"responses": {}}}\n  }\n}\n',
      want: /^api\.json:5 #\/paths\/~1a: invalid JSON: Object keys must be unique, and "get" appears twice$/,
    },
  ],
  [
    "a duplicate key in JSON spelled two ways (`a` and `\\u0061`)",
    {
      file: "api.json",
      given: '{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "x-a": {"a": 1, "\\u0061": 2}}',
      want: /^api\.json:1 #\/x-a: invalid JSON: Object keys must be unique, and "a" appears twice$/,
    },
  ],
  [
    "YAML's !!binary",
    {
      given: withSchema("{type: string, default: !!binary aGVsbG8=}"),
      want: /^api\.yaml:6 #\/components\/schemas\/Other\/default: invalid YAML: tag !!binary is not a JSON type/,
    },
  ],
  [
    "YAML's !!timestamp",
    {
      given: withSchema("{type: string, default: !!timestamp 2001-12-14}"),
      want: /^api\.yaml:6 #\/components\/schemas\/Other\/default: invalid YAML: tag !!timestamp is not a JSON type/,
    },
  ],
  [
    "YAML's !!set",
    {
      given: withSchema("{type: object, default: !!set {a, b}}"),
      want: /^api\.yaml:6 #\/components\/schemas\/Other\/default: invalid YAML: tag !!set is not a JSON type/,
    },
  ],
  [
    "YAML's !!omap",
    {
      given: withSchema("{type: array, default: !!omap [a: 1]}"),
      want: /^api\.yaml:6 #\/components\/schemas\/Other\/default: invalid YAML: tag !!omap is not a JSON type/,
    },
  ],
  [
    "a custom tag !foo",
    {
      given: withSchema("{type: string, default: !foo bar}"),
      want: /^api\.yaml:6 #\/components\/schemas\/Other\/default: invalid YAML: tag !foo is not a JSON type/,
    },
  ],
  [
    "!!js/function",
    {
      given: withSchema("{type: string, default: !!js/function 'function () {}'}"),
      want: /^api\.yaml:6 #\/components\/schemas\/Other\/default: invalid YAML: tag !!js\/function is not a JSON type/,
    },
  ],
  [
    "!!python/object",
    { given: withSchema("{type: string, default: !!python/object:os.system 'x'}"), want: /invalid YAML: tag !!python\/object:os\.system is not a JSON type/ },
  ],
  [
    "an alias inside the node it names (a cycle)",
    {
      given: withSchema("&loop {type: object, properties: {self: *loop}}"),
      want: /^api\.yaml:6 #\/components\/schemas\/Other\/properties\/self: invalid YAML: alias \*loop is inside the node it names/,
    },
  ],
  [
    "an alias with no anchor",
    { given: withSchema("*nowhere"), want: /^api\.yaml:6 #\/components\/schemas\/Other: invalid YAML: alias \*nowhere names no anchor before it$/ },
  ],
  [
    "a mapping as a key",
    { given: withSchema("{? {a: 1} : 1}"), want: /^api\.yaml:6 #\/components\/schemas\/Other: invalid YAML: a mapping key must be a plain string/ },
  ],
  [
    "a billion laughs",
    {
      given: billionLaughs(),
      want: /^api\.yaml:\d+ #\/x-bomb\/[a-z]\/\d+: invalid YAML: aliases expand the document beyond 100000 nodes \(it has \d+\): refused as an alias bomb$/,
    },
  ],
  [
    "nesting deeper than 512 levels",
    {
      file: "api.json",
      given: `{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "paths": {}, "x-deep": ${"[".repeat(600)}${"]".repeat(600)}}`,
      want: /^api\.json:1 #\/x-deep(\/0)+: invalid JSON: nested more than 512 levels deep/,
    },
  ],
  [
    "invalid UTF-8, with its line",
    {
      given: new Uint8Array([...Buffer.from(`${HEAD}paths: {}\nx-name: "caf`), 0xc3, 0x28, ...Buffer.from('"\n')]),
      want: /^api\.yaml:4 #: the file is not valid UTF-8$/,
    },
  ],
  ["an empty file", { given: "", want: /^api\.yaml:1 #: expected an OpenAPI document \(a mapping at the top level\)$/ }],
  ["a list at the top level", { given: "- openapi\n- 3.1.0\n", want: /^api\.yaml:1 #: expected an OpenAPI document/ }],
  ["a document that is not OpenAPI", { given: "name: not a spec\n", want: /^api\.yaml:1 #: not an OpenAPI document: the `openapi` field is missing$/ }],
  [
    "Swagger 2.0",
    {
      given: "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n",
      want: /^api\.yaml:1 #\/swagger: Swagger 2\.0 is not supported: convert it to OpenAPI 3\.0 or 3\.1$/,
    },
  ],
  [
    "OpenAPI 4.0",
    {
      given: "openapi: 4.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n",
      want: /^api\.yaml:1 #\/openapi: unsupported OpenAPI version "4\.0\.0": expected 3\.0\.x or 3\.1\.x$/,
    },
  ],
  [
    "a missing $ref target",
    {
      given: withSchema("{$ref: '#/components/schemas/Missing'}"),
      want: /^api\.yaml:6 #\/components\/schemas\/Other: Can't resolve \$ref "#\/components\/schemas\/Missing"$/,
    },
  ],
  [
    "a $ref to a file that does not exist",
    { given: withSchema("{$ref: 'missing.yaml'}"), want: /^api\.yaml:6 #\/components\/schemas\/Other: Can't resolve \$ref "missing\.yaml": no such file$/ },
  ],
  [
    "two schemas that are each other's $ref, and nothing else",
    {
      given: `${HEAD}paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n`,
      want: /^api\.yaml:6 #\/components\/schemas\/A: \$ref cycle with no schema in it: #\/components\/schemas\/A → #\/components\/schemas\/B → #\/components\/schemas\/A$/,
    },
  ],
  [
    "a schema that is its own $ref",
    {
      given: withSchema("{$ref: '#/components/schemas/Other'}"),
      want: /^api\.yaml:6 #\/components\/schemas\/Other: \$ref cycle with no schema in it: #\/components\/schemas\/Other → #\/components\/schemas\/Other$/,
    },
  ],
  [
    "a parameter $ref cycle",
    {
      given: `${HEAD}paths:\n  /a:\n    get:\n      parameters: [{$ref: '#/components/parameters/P'}]\n      ${ok}\ncomponents:\n  parameters:\n    P: {$ref: '#/components/parameters/Q'}\n    Q: {$ref: '#/components/parameters/P'}\n`,
      want: /^api\.yaml:10 #\/components\/parameters\/P: \$ref cycle with no schema in it: #\/components\/parameters\/P → #\/components\/parameters\/Q → #\/components\/parameters\/P$/,
    },
  ],
  [
    "a response $ref cycle",
    {
      given: `${HEAD}paths:\n  /a:\n    get:\n      responses: {'200': {$ref: '#/components/responses/R'}}\ncomponents:\n  responses:\n    R: {$ref: '#/components/responses/S'}\n    S: {$ref: '#/components/responses/R'}\n`,
      want: /^api\.yaml:9 #\/components\/responses\/R: \$ref cycle with no schema in it: #\/components\/responses\/R → #\/components\/responses\/S → #\/components\/responses\/R$/,
    },
  ],
  [
    "duplicate operationIds",
    {
      given: `${HEAD}paths:\n  /a:\n    get: {operationId: x, ${ok}}\n  /b:\n    get: {operationId: x, ${ok}}\n`,
      want: /^api\.yaml:7 #\/paths\/~1b\/get: Every operation must have a unique `operationId`/,
    },
  ],
  [
    "a path parameter used but not declared",
    {
      given: `${HEAD}paths:\n  /a/{id}:\n    get: {${ok}}\n`,
      want: /^api\.yaml:5 #\/paths\/~1a~1\{id\}\/get: The operation does not define the path parameter `\{id\}` expected by path `\/a\/\{id\}`\.$/,
    },
  ],
  [
    "a path parameter declared but not in the path",
    {
      given: `${HEAD}paths:\n  /a:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      ${ok}\n`,
      want: /^api\.yaml:6 #\/paths\/~1a\/get\/parameters\/0\/name: Path parameter `id` is not used in the path `\/a`\.$/,
    },
  ],
  [
    "a path-level path parameter not in the path",
    {
      given: `${HEAD}paths:\n  /a:\n    parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n    get: {${ok}}\n`,
      want: /^api\.yaml:5 #\/paths\/~1a\/parameters\/0\/name: Path parameter `id` is not used in the path `\/a`\.$/,
    },
  ],
  [
    "an undeclared path parameter whose name is not [a-zA-Z0-9_.-] (Redocly's rule misses it)",
    {
      given: `${HEAD}paths:\n  /a/{user id}:\n    get: {${ok}}\n`,
      want: /^api\.yaml:5 #\/paths\/~1a~1\{user id\}\/get: The operation does not define the path parameter `\{user id\}`/,
    },
  ],
];

async function rejection(given: string | Uint8Array, file = "api.yaml"): Promise<string> {
  const work = await tempDir("reject");
  await writeFile(join(work, file), given);
  return generateClient({ name: "Api", spec: join(work, file), output: join(work, "out") }, { cwd: work, runtimeImport: "./runtime.js" }).then(
    () => expect.unreachable("the spec was accepted"),
    (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  );
}

describe("invalid specs", () => {
  it.each(cases)("rejects %s with file, line and pointer", async (_name, { given, file, want }) => {
    const message = await rejection(given, file);
    expect(message.startsWith("SpecError: ")).toBe(true);
    expect(message.slice("SpecError: ".length)).toMatch(want);
  });

  it("stops a billion laughs in bounded time", async () => {
    const started = performance.now();
    await rejection(billionLaughs());
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("accepts a path parameter in Japanese, declared (Redocly's rule would call it unused)", async () => {
    const work = await tempDir("accept");
    const spec = `${HEAD}paths:\n  /users/{ユーザーID}:\n    get:\n      parameters: [{name: ユーザーID, in: path, required: true, schema: {type: string}}]\n      ${ok}\n`;
    await writeFile(join(work, "api.yaml"), spec);
    const { files } = await generateClient(
      { name: "Api", spec: join(work, "api.yaml"), output: join(work, "out") },
      { cwd: work, runtimeImport: "./runtime.js" },
    );
    expect(files.find((file) => file.path === "client.ts")?.content).toContain('{ path: { "ユーザーID": ユーザーid } }');
  });
});

describe("duplicate keys in GitHub's 13 MB JSON spec", () => {
  it("are looked for in one pass that stays fast", async () => {
    const text = await readFile(join(REPO_ROOT, "node_modules/@octokit/openapi/generated/api.github.com.json"), "utf8");
    const started = performance.now();
    const { duplicates, tooDeep } = scanJson(text, 512);
    const ms = performance.now() - started;
    expect({ duplicates, tooDeep }).toEqual({ duplicates: [], tooDeep: undefined });
    // About as long as JSON.parse takes (50 to 120 ms on a busy machine); the bound is for CI noise.
    expect(ms).toBeLessThan(1_500);
  });
});

describe("the generate command, given an invalid spec", () => {
  const invalid: [string, { file: string; given: string; want: RegExp }][] = [
    ["malformed YAML", { file: "api.yaml", given: `${HEAD}paths: [\n`, want: /^api\.yaml:\d+ #: invalid YAML: /m }],
    [
      "a duplicate key in JSON",
      {
        file: "api.json",
        given: '{"openapi": "3.1.0",\n"openapi": "3.1.0"}',
        want: /^api\.json:2 #: invalid JSON: Object keys must be unique, and "openapi" appears twice$/m,
      },
    ],
    [
      "a $ref cycle",
      {
        file: "api.yaml",
        given: withSchema("{$ref: '#/components/schemas/Other'}"),
        want: /^api\.yaml:6 #\/components\/schemas\/Other: \$ref cycle with no schema in it/m,
      },
    ],
  ];

  it.each(invalid)("exits 1 on %s, says where, and leaves the output folder as it was", async (_name, { file, given, want }) => {
    const work = await tempDir("cli");
    await writeFile(join(work, file), given);
    // The previous output: what a run before this one left.
    await mkdir(join(work, "out"));
    const previous = { "client.ts": "// previous client\n", "index.ts": "// previous index\n", "schema.ts": "// previous schema\n" };
    for (const [path, content] of Object.entries(previous)) await writeFile(join(work, "out", path), content);
    const result = await runScript("scripts/generate.ts", ["--spec", file, "--out", "out", "--name", "Api"], work);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(want);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await filesBelow(work)).toEqual([file, "out/client.ts", "out/index.ts", "out/schema.ts"].sort());
    for (const [path, content] of Object.entries(previous)) expect(await readFile(join(work, "out", path), "utf8")).toBe(content);
  });
});
