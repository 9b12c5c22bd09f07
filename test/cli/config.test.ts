// clients.config.json: the hand-written validator, its agreement with the JSON Schema editors
// read (clients.config.schema.json), and what the CLI says about a bad config.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_FIELDS, CONFIG_FIELDS, type FieldRule, validateConfig } from "../../scripts/pipeline/config.js";
import { REPO_ROOT, runBin } from "../helpers/cli.js";

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: { $ref: string };
  $ref?: string;
  pattern?: string;
  minLength?: number;
  definitions?: Record<string, SchemaNode>;
}

const schema = JSON.parse(await readFile(join(REPO_ROOT, "clients.config.schema.json"), "utf8")) as SchemaNode;

/** What the JSON Schema says a rule of the validator is. */
function asSchema(rule: FieldRule): SchemaNode {
  if (rule.type === "string") {
    return {
      type: "string",
      ...(rule.minLength === undefined ? {} : { minLength: rule.minLength }),
      ...(rule.pattern === undefined ? {} : { pattern: rule.pattern.regex.source }),
    };
  }
  if (rule.type === "string-map") return { type: "object", additionalProperties: { type: "string" } };
  if (rule.type === "pagination") return { $ref: "#/definitions/pagination" };
  return { type: "array", items: { $ref: "#/definitions/client" } };
}

/** The schema's own keywords for a property, without descriptions and defaults (they are for editors). */
function constraints(node: SchemaNode | undefined): SchemaNode {
  const { type, additionalProperties, items, $ref, pattern, minLength } = node ?? {};
  return JSON.parse(JSON.stringify({ type, additionalProperties, items, $ref, pattern, minLength })) as SchemaNode;
}

describe("the validator and clients.config.schema.json agree", () => {
  const objects: [string, SchemaNode | undefined, Record<string, FieldRule>][] = [
    ["the top level", schema, CONFIG_FIELDS],
    ["a client", schema.definitions?.client, CLIENT_FIELDS],
  ];
  it.each(objects)("%s: the same keys, the same required keys, no others allowed", (_name, node, fields) => {
    expect(Object.keys(node?.properties ?? {}).sort()).toEqual(Object.keys(fields).sort());
    expect([...(node?.required ?? [])].sort()).toEqual(
      Object.keys(fields)
        .filter((key) => fields[key]?.required)
        .sort(),
    );
    expect(node?.type).toBe("object");
    expect(node?.additionalProperties).toBe(false);
  });

  it.each(objects)("%s: each key has the same type and constraints", (_name, node, fields) => {
    for (const [key, rule] of Object.entries(fields)) expect(constraints(node?.properties?.[key]), key).toEqual(asSchema(rule));
  });

  it("the repository's clients.config.json points editors at the schema and is valid", async () => {
    const config = JSON.parse(await readFile(join(REPO_ROOT, "clients.config.json"), "utf8")) as { $schema: string };
    expect(config.$schema).toBe("./clients.config.schema.json");
    expect(validateConfig(config)).toEqual([]);
  });
});

describe("validateConfig", () => {
  const client = { name: "Pets", spec: "specs/pets.yaml", output: "generated/pets" };
  const cases: [string, { given: unknown; want: string[] }][] = [
    ["a valid config", { given: { clients: [client, { ...client, name: "Two", output: "generated/two", tags: { a: "b" }, env: { token: "T" } }] }, want: [] }],
    ["no clients key at all", { given: {}, want: [] }],
    [
      "a misspelled key, with the key it meant",
      { given: { clients: [client, { ...client, output: "o2", nmae: "X" }] }, want: ['clients[1].nmae: unknown key (did you mean "name"?)'] },
    ],
    ["a key like no other", { given: { clients: [{ ...client, colour: "red" }] }, want: ["clients[0].colour: unknown key"] }],
    ["a tag mapped to a number", { given: { clients: [{ ...client, tags: { x: 3 } }] }, want: ["clients[0].tags.x: expected a string, got 3"] }],
    [
      "a key that is no identifier, quoted",
      { given: { clients: [{ ...client, env: { "api-key": true } }] }, want: ['clients[0].env["api-key"]: expected a string, got true'] },
    ],
    ["a missing required key", { given: { clients: [{ name: "Pets", spec: "s.yaml" }] }, want: ['clients[0]: missing key "output"'] }],
    [
      "a class name that is not an identifier",
      { given: { clients: [{ ...client, name: "my-client" }] }, want: ['clients[0].name: expected a JavaScript identifier, got "my-client"'] },
    ],
    ["an empty spec path", { given: { clients: [{ ...client, spec: "" }] }, want: ["clients[0].spec: must not be empty"] }],
    ["clients not an array", { given: { clients: { name: "x" } }, want: ["clients: expected an array of clients, got an object"] }],
    ["a misspelled top-level key", { given: { client: [] }, want: ['client: unknown key (did you mean "clients"?)'] }],
    ["not an object", { given: [], want: ["(top level): expected an object, got an array"] }],
    [
      "two clients writing one folder",
      {
        given: { clients: [client, { ...client, name: "Other", output: "generated/pets/" }] },
        want: ['clients[1].output: "generated/pets/" is also clients[0].output'],
      },
    ],
    [
      "every problem at once",
      {
        given: {
          clients: [
            { ...client, tags: [] },
            { ...client, output: "x", spec: 1 },
          ],
        },
        want: ["clients[0].tags: expected an object of strings, got an array", "clients[1].spec: expected a string, got 1"],
      },
    ],
    [
      "a pagination default and per-operation styles",
      {
        given: {
          clients: [
            {
              ...client,
              pagination: {
                default: { style: "cursor", cursorParam: "cursor", nextCursor: ["next"] },
                operations: { listPets: false, listToys: { style: "link", source: "header" } },
              },
            },
          ],
        },
        want: [],
      },
    ],
    [
      "a pagination style without its parameter, with a stray field, and an unknown style",
      {
        given: {
          clients: [
            { ...client, pagination: { operations: { a: { style: "offset", offsetParam: "start", cursor: "x" }, b: { style: "pages" } }, detect: false } },
          ],
        },
        want: [
          "clients[0].pagination.detect: unknown key",
          "clients[0].pagination.operations.a: `cursor` is not a field of the offset style",
          "clients[0].pagination.operations.a: the offset style needs `limitParam`",
          'clients[0].pagination.operations.b: `style` must be one of cursor, after, offset, page, link, got "pages"',
        ],
      },
    ],
    [
      "pagination that is no object",
      {
        given: { clients: [{ ...client, pagination: false }] },
        want: ['clients[0].pagination: expected an object with "default" and/or "operations", got false'],
      },
    ],
    [
      "a misspelling, then the key it leaves missing",
      {
        given: { clients: [{ nmae: "X", spec: "s", output: "o" }] },
        want: ['clients[0].nmae: unknown key (did you mean "name"?)', 'clients[0]: missing key "name"'],
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(validateConfig(given).map((issue) => `${issue.path}: ${issue.message}`)).toEqual(want);
  });

  it("locates each issue by JSON pointer too", () => {
    expect(validateConfig({ clients: [{ ...client, tags: { "a/b": 1 } }] })[0]?.pointer).toBe("#/clients/0/tags/a~1b");
  });
});

describe("a bad clients.config.json, run as a user would", () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "cli-config-"));
    const config = {
      clients: [
        { name: "Pets", spec: "pets.yaml", output: "out" },
        { nmae: "Other", spec: "other.yaml", output: "other", tags: { x: 3 } },
      ],
    };
    await writeFile(join(work, "clients.config.json"), `${JSON.stringify(config, null, 2)}\n`);
    await writeFile(join(work, "pets.yaml"), "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  it("names the file and each key, shows where, exits 2 and writes nothing", async () => {
    const result = await runBin(["generate", "--spec", "pets.yaml"], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n").filter((line) => line.startsWith("clients.config.json"))).toEqual([
      'clients.config.json: clients[1].nmae: unknown key (did you mean "name"?)',
      "clients.config.json: clients[1].tags.x: expected a string, got 3",
      'clients.config.json: clients[1]: missing key "name"',
    ]);
    // Each with a frame of the config: the misspelled key's has the caret on it.
    expect(result.stderr).toContain(["   8 |     {", '>  9 |       "nmae": "Other",', "     |       ^", '  10 |       "spec": "other.yaml",'].join("\n"));
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect((await readdir(work)).sort()).toEqual(["clients.config.json", "pets.yaml"]);
  });

  it("watch refuses to start on it: exit 2, the same message", async () => {
    const result = await runBin(["watch", "--root", work], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toBe('clients.config.json: clients[1].nmae: unknown key (did you mean "name"?)');
  });

  it("--json: the same problems as errors, exit 2", async () => {
    const result = await runBin(["check", "--spec", "pets.yaml", "--json"], { cwd: work });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("");
    const { errors } = JSON.parse(result.stdout) as { errors: { file: string; line: number; pointer: string; message: string }[] };
    expect(errors).toContainEqual({
      file: "clients.config.json",
      line: 9,
      column: 7,
      pointer: "#/clients/1/nmae",
      message: 'clients[1].nmae: unknown key (did you mean "name"?)',
    });
  });
});
