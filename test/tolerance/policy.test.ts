// The tolerance policy (scripts/pipeline/tolerance.ts) decides alone what is an error and what a
// warning: an error only where no correct and safe client can come from the spec. These cases
// run the whole pipeline on small specs, so that each line of the table is seen doing its job.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { editDocument } from "../../scripts/document/edit-document.js";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import { SpecError } from "../../scripts/pipeline/spec-error.js";
import { TOLERANCE } from "../../scripts/pipeline/tolerance.js";
import { useTempDirs } from "../hostile/helpers.js";

const tempDir = useTempDirs();
const HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";
const OK = "responses: {'200': {description: ok}}";

/** A spec whose GET /a answers with schema `Thing` (line 13 onwards is `Thing`'s body). */
function thingSpec(thing: string, head = HEAD): string {
  return `${head}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}\ncomponents:\n  schemas:\n    Thing:\n${thing}`;
}

async function outcome(text: string, extraFiles: Record<string, string> = {}): Promise<{ errors?: string[]; warnings?: string[]; schema?: string }> {
  const work = await tempDir("policy");
  await writeFile(join(work, "api.yaml"), text);
  for (const [path, content] of Object.entries(extraFiles)) {
    await mkdir(join(work, path, ".."), { recursive: true });
    await writeFile(join(work, path), content);
  }
  try {
    const { files, warnings } = await generateClient(
      { name: "Api", spec: join(work, "api.yaml"), output: join(work, "out") },
      { cwd: work, runtimeImport: "./r.js" },
    );
    return {
      warnings: warnings.map((issue) => `${issue.line} ${issue.pointer}: ${issue.message}`),
      schema: files.find((file) => file.path === "schema.ts")?.content,
    };
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return { errors: error.issues.map((issue) => `${issue.line} ${issue.pointer}: ${issue.message}`) };
  }
}

describe("problems that stay errors: no correct and safe client can come from them", () => {
  const cases: [string, { given: string; files?: Record<string, string>; want: RegExp }][] = [
    [
      "a `$ref` that shapes a type and names nothing",
      {
        given: thingSpec("      $ref: '#/components/schemas/Gone'\n"),
        want: /^12 #\/components\/schemas\/Thing: Can't resolve \$ref "#\/components\/schemas\/Gone"$/m,
      },
    ],
    [
      "a discriminator mapping to a file outside the spec's folder (never read, whatever slot)",
      {
        given: thingSpec("      oneOf: [{type: object}]\n      discriminator: {propertyName: k, mapping: {x: '../outside.yaml#/X'}}\n"),
        want: /^14 #\/components\/schemas\/Thing\/discriminator\/mapping\/x: \$ref "\.\.\/outside\.yaml#\/X" is refused: only relative files inside the spec's folder are followed$/,
      },
    ],
    [
      "a path template with an undeclared parameter",
      { given: `${HEAD}paths:\n  /a/{id}:\n    get: {${OK}}\n`, want: /^5 #\/paths\/~1a~1\{id\}\/get: The operation does not define the path parameter/ },
    ],
  ];
  it.each(cases)("%s", async (_name, { given, files, want }) => {
    const result = await outcome(given, files);
    expect(result.warnings).toBeUndefined();
    expect(result.errors?.join("\n")).toMatch(want);
  });
});

describe("problems that are warnings: the generator says what it did instead, and does it", () => {
  const cases: [string, { given: string; want: string[]; schemaHas?: RegExp; schemaLacks?: RegExp }][] = [
    [
      "an unknown key in a 3.0 schema is ignored",
      {
        given: thingSpec("      type: object\n      properties: {a: {type: string}}\n      colour: red\n"),
        want: ["15 #/components/schemas/Thing/colour: Property `colour` is not expected here: ignored"],
        schemaHas: /a\?: string;/,
      },
    ],
    [
      "3.1's `const` in a 3.0 schema is ignored (the type is read without it)",
      {
        given: thingSpec("      type: string\n      const: fixed\n"),
        want: ["14 #/components/schemas/Thing/const: Property `const` is not expected here: ignored"],
        schemaLacks: /"fixed"/,
      },
    ],
    [
      '3.0\'s `nullable` in a 3.1 schema is read as "or null"',
      {
        given: thingSpec("      type: object\n      properties: {name: {type: string, nullable: true}}\n", HEAD.replace("3.0.3", "3.1.0")),
        want: [
          '14 #/components/schemas/Thing/properties/name/nullable: `nullable` is OpenAPI 3.0\'s; in a 3.1 document null is a type: read as "or null", as OpenAPI 3.0 does',
        ],
        schemaHas: /name\?: string \| null;/,
      },
    ],
    [
      "`required` that is not a list is ignored: the properties stay optional",
      {
        given: thingSpec("      type: object\n      required: yes\n      properties: {a: {type: string}}\n"),
        want: ["14 #/components/schemas/Thing/required: Expected type `array` but got `string`: ignored"],
        schemaHas: /a\?: string;/,
      },
    ],
    [
      "a parameter with no `name` is ignored, and the others are kept",
      {
        given: `${HEAD}paths:\n  /a:\n    get:\n      parameters:\n        - {in: query, schema: {type: string}}\n        - {name: q, in: query, schema: {type: string}}\n      ${OK}\n`,
        want: ["7 #/paths/~1a/get/parameters/0: The field `name` must be present on this level: the parameter is ignored"],
        schemaHas: /query\?: \{\s*q\?: string;\s*\}/,
      },
    ],
    [
      "a parameter listed twice: the first one is used",
      {
        given: `${HEAD}paths:\n  /a:\n    get:\n      parameters:\n        - {name: q, in: query, schema: {type: string}}\n        - {name: q, in: query, schema: {type: integer}}\n      ${OK}\n`,
        want: ["8 #/paths/~1a/get/parameters/1: Operations must have unique `name` + `in` parameters. Repeats of `in:query` + `name:q`: the first one is used"],
        schemaHas: /q\?: string;/,
      },
    ],
    [
      "a dangling `$ref` to an example is ignored: examples shape no type",
      {
        given: `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {type: string}\n              examples: {one: {$ref: '#/components/examples/Gone'}}\n`,
        want: [
          '12 #/paths/~1a/get/responses/200/content/application~1json/examples/one: Can\'t resolve $ref "#/components/examples/Gone": ignored (it shapes no type)',
        ],
      },
    ],
    [
      "a missing `info.version` is generated without",
      {
        given: `openapi: 3.0.3\ninfo: {title: t}\npaths:\n  /a:\n    get: {${OK}}\n`,
        want: ["2 #/info: The field `version` must be present on this level: generated without it"],
      },
    ],
  ];
  it.each(cases)("%s", async (_name, { given, want, schemaHas, schemaLacks }) => {
    const result = await outcome(given);
    expect(result.errors).toBeUndefined();
    expect(result.warnings).toEqual(want);
    if (schemaHas) expect(result.schema).toMatch(schemaHas);
    if (schemaLacks) expect(result.schema).not.toMatch(schemaLacks);
  });

  it("a spec of two files, names of Object.prototype's members in the other one: bundled, and its warning passed on as it is", async () => {
    const root = `${HEAD}paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content: {application/json: {schema: {$ref: 'schemas.yaml#/valueOf'}}}\n`;
    const other = "valueOf:\n  type: object\n  colour: red\n  properties:\n    hasOwnProperty: {$ref: '#/hasOwnProperty'}\nhasOwnProperty: {type: string}\n";
    const result = await outcome(root, { "schemas.yaml": other });
    expect(result.warnings).toEqual(["3 #/valueOf/colour: Property `colour` is not expected here: passed on as it is"]);
    expect(result.schema).toMatch(/valueOf: \{\s*hasOwnProperty\?: components\["schemas"\]\["hasOwnProperty"\];\s*\};/);
  });

  it("every kind the policy knows is an error with a reason, or a warning that says what was done", () => {
    for (const [kind, policy] of Object.entries(TOLERANCE)) {
      const said = policy.severity === "error" ? policy.why : policy.done;
      expect({ kind, said: said.length > 0 }).toEqual({ kind, said: true });
    }
  });
});

describe("editDocument", () => {
  it("copies only the paths it changes, removes list items by their original index, and keeps `__proto__` an own key", () => {
    const shared = { untouched: true };
    const document = JSON.parse('{"a": {"list": [0, 1, 2, 3], "keep": 1}, "b": {"x": 1}, "__proto__": {"p": 1}}') as Record<string, unknown>;
    document.c = shared;
    const edited = editDocument(document, [
      { path: ["a", "list", "1"], remove: true },
      { path: ["a", "list", "3"], remove: true },
      { path: ["b", "x"], value: 2 },
      { path: ["__proto__", "p"], remove: true },
      { path: ["missing", "x"], remove: true },
    ]);
    expect(JSON.stringify(edited)).toBe('{"a":{"list":[0,2],"keep":1},"b":{"x":2},"__proto__":{},"c":{"untouched":true}}');
    expect(edited.c).toBe(shared);
    expect(JSON.stringify(document)).toBe('{"a":{"list":[0,1,2,3],"keep":1},"b":{"x":1},"__proto__":{"p":1},"c":{"untouched":true}}');
    expect(Object.getPrototypeOf(edited)).toBe(Object.prototype);
  });
});
