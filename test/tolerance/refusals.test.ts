// Issue 11's refusals, now acceptances: real specs that openapi-typescript and hey-api generate
// without a word were refused. Each is accepted with its warning (file, line, pointer, and what
// the generator did instead), its client type-checks strictly with the pragma removed, and it
// makes a call against a node:http server. Names of Object.prototype's members work as schema,
// property, parameter and tag names, at compile time and at run time.
import { writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import type { SpecIssue } from "../../scripts/pipeline/spec-error.js";
import { writeOutput } from "../../scripts/pipeline/write-output.js";
import { type LoadedClient, loadClient, type Method, REPO_ROOT, strictDiagnostics, useTempDirs } from "../hostile/helpers.js";
import { startServer, type TestServer } from "../helpers/server.js";

const FIXTURES = join(REPO_ROOT, "test/fixtures/tolerance");

/** Each fixture (test/fixtures/tolerance/<name>.yaml) with the warnings it must be accepted with, exactly. */
const REFUSALS: [string, { file: string; line: number; pointer: string; message: string }[]][] = [
  [
    "null-in-anyof-30",
    [
      {
        file: "test/fixtures/tolerance/null-in-anyof-30.yaml",
        line: 28,
        pointer: "#/components/schemas/Thing/properties/name/anyOf/1/type",
        message: "`type: 'null'` is OpenAPI 3.1's; in a 3.0 document it is `nullable: true`: read as `null`, as OpenAPI 3.1 does",
      },
    ],
  ],
  [
    "schema-null",
    [
      {
        file: "test/fixtures/tolerance/schema-null.yaml",
        line: 16,
        pointer: "#/paths/~1things/get/responses/200/content/application~1json/schema",
        message: "Expected type `Schema` (object) but got `null`: ignored",
      },
    ],
  ],
  [
    "examples-object-31",
    [
      {
        file: "test/fixtures/tolerance/examples-object-31.yaml",
        line: 24,
        pointer: "#/components/schemas/Thing/examples",
        message: "Expected type `array` but got `object`: ignored",
      },
    ],
  ],
  [
    "discriminator-extra-key",
    [
      {
        file: "test/fixtures/tolerance/discriminator-extra-key.yaml",
        line: 25,
        pointer: "#/components/schemas/Pet/discriminator/type",
        message: "Property `type` is not expected here: ignored",
      },
    ],
  ],
  // Valid OpenAPI: accepted with no warning at all.
  ["mapping-by-name", []],
  [
    "mapping-missing-file",
    [
      {
        file: "test/fixtures/tolerance/mapping-missing-file.yaml",
        line: 28,
        pointer: "#/components/schemas/Shape/discriminator/mapping/triangle",
        message: 'Can\'t resolve $ref "./triangle.yaml#/Triangle": no such file: ignored (it shapes no type)',
      },
    ],
  ],
  [
    "schema-ref-to-parameter",
    [
      {
        file: "test/fixtures/tolerance/schema-ref-to-parameter.yaml",
        line: 18,
        pointer: "#/paths/~1vehicles/get/parameters/0/schema/items",
        message: "`$ref` points at a parameter, where a schema is expected: read as any value (`unknown`)",
      },
    ],
  ],
  // `valueOf` and `hasOwnProperty` (and the other members) as names: valid, no warning.
  ["prototype-names", []],
];

const tempDir = useTempDirs();
const generated = new Map<string, { dir: string; warnings: SpecIssue[] }>();
let diagnostics = "";

beforeAll(async () => {
  const work = await tempDir("tolerance");
  for (const [name] of REFUSALS) {
    const dir = join(work, name);
    const runtimeImport = relative(dir, join(REPO_ROOT, "src/runtime/index.js")).split(sep).join("/");
    const { files, warnings } = await generateClient({ name: "Api", spec: join(FIXTURES, `${name}.yaml`), output: dir }, { cwd: REPO_ROOT, runtimeImport });
    await writeOutput(dir, files);
    generated.set(name, { dir, warnings });
  }
  const consumer = join(work, "consumer.ts");
  await writeFile(consumer, CONSUMER);
  diagnostics = strictDiagnostics([...[...generated.values()].map(({ dir }) => join(dir, "index.ts")), consumer]);
}, 240_000);

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The generated client of a fixture, talking to a fresh server that answers `reply` as JSON. */
async function clientAnswering(name: string, reply: unknown) {
  server = await startServer([{ status: 200, body: reply as object }]);
  const dir = generated.get(name)?.dir ?? expect.unreachable(`${name} was not generated`);
  return { client: await loadClient(dir, "Api", { baseUrl: server.url, maxRetries: 0 }), requests: server.requests };
}

/**
 * Uses of the generated types that hold only if each spec is read as it means: a wrong type, an
 * `any` or a lost union fails the check (`@ts-expect-error` lines fail when nothing is wrong).
 */
const CONSUMER = `
import type { Thing as NullThing } from "./null-in-anyof-30/index.js";
import type { Thing as ExampleThing } from "./examples-object-31/index.js";
import type { ApiGetThingResponse as Anything } from "./schema-null/index.js";
import type { Cat, Pet } from "./discriminator-extra-key/index.js";
import type { Option, OptionOneNoDisc } from "./mapping-by-name/index.js";
import type { Shape } from "./mapping-missing-file/index.js";
import type { Api as Vehicles } from "./schema-ref-to-parameter/index.js";
import type { Api as PrototypeNames, valueOf, hasOwnProperty, toString, __proto__, constructor } from "./prototype-names/index.js";
type IsAny<T> = 0 extends 1 & T ? true : false;
type IsUnknown<T> = unknown extends T ? (IsAny<T> extends true ? false : true) : false;

export const nullName: NullThing = { name: null };
export const stringName: NullThing = { name: "x" };
// @ts-expect-error a number is neither string nor null
export const numberName: NullThing = { name: 1 };
export const nameNotAny: IsAny<NullThing["name"]> = false;

export const anything: IsUnknown<Anything> = true;

export const example: ExampleThing = { name: "one" };
// @ts-expect-error name is required: the schema survived without its examples
export const noName: ExampleThing = {};

export function petSound(pet: Pet): boolean {
  return pet.kind === "Cat" ? pet.meows : pet.barks;
}
export const cat: Cat = { kind: "Cat", meows: true };

export const one: OptionOneNoDisc = { option: "Option One", one: "1" };
// @ts-expect-error the mapping by name sets the discriminator's value to "Option One"
export const byName: OptionOneNoDisc = { option: "OptionOneNoDisc", one: "1" };
export function optionValue(option: Option): string | number {
  return option.option === "Option One" ? option.one : option.two;
}

export function area(shape: Shape): number {
  return shape.shape === "circle" ? Math.PI * shape.radius ** 2 : shape.side ** 2;
}
// @ts-expect-error the mapping to a missing file added no member
export const triangle: Shape = { shape: "triangle" };

export async function vehicleFields(client: Vehicles): Promise<void> {
  // The parameter the \`$ref\` pointed at is still its operation's, typed by its own schema.
  await client.getVehicle("v1", { "field[]": ["location", "odometer"] });
  // @ts-expect-error "colour" is not among the field names
  await client.getVehicle("v1", { "field[]": ["colour"] });
  const fields: IsUnknown<NonNullable<Parameters<Vehicles["listVehicles"]>[0]>["fields"] extends (infer F)[] | undefined ? F : never> = true;
  void fields;
}

export const all: valueOf = { valueOf: "v", hasOwnProperty: 1, toString: true, ["__proto__"]: "p", constructor: 2 };
// @ts-expect-error hasOwnProperty is the spec's integer, not Object's method
export const wrong: valueOf = { valueOf: "v", hasOwnProperty: "1", toString: true, ["__proto__"]: "p", constructor: 2 };
export const valueOfIsString: IsAny<valueOf["valueOf"]> = false;
export const nested: hasOwnProperty = { hasOwnProperty: "h", item: all };
export const named: [toString, __proto__, constructor] = [{ toString: "t" }, { ["__proto__"]: "p" }, { constructor: "c" }];
export async function callAll(client: PrototypeNames): Promise<string> {
  const sent = await client.valueOf.postValueOf("v", { body: all, hasOwnProperty: "h", toString: "t", ["__proto__"]: "p", constructor: "c" });
  const own: hasOwnProperty = await client.hasOwnProperty.getHasOwnProperty("h", { valueOf: "v" });
  const text: toString = await client.toString.getToString("t");
  const proto: __proto__ = await client.proto.getProto("p");
  const made: constructor = await client.constructor2.getConstructor("c");
  return [sent.valueOf, own.hasOwnProperty, text.toString, proto.__proto__, made.constructor].join();
}
`;

describe("specs other generators accept, once refused", () => {
  it.each(REFUSALS)("accepts %s with its warning: file, line, pointer and what was done", (name, want) => {
    const warnings = generated.get(name)?.warnings.map(({ file, line, pointer, message }) => ({ file, line, pointer, message }));
    expect(warnings).toEqual(want);
  });

  it("generate clients that type-check strictly with the pragma removed, typed as each spec means", () => {
    expect(diagnostics).toBe("");
  });

  it("`type: 'null'` in a 3.0 anyOf: the null comes back as null", async () => {
    const { client, requests } = await clientAnswering("null-in-anyof-30", { name: null });
    expect(await client.getThing?.("42")).toEqual({ name: null });
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual(["GET /things/42"]);
  });

  it("`schema: null`: the body is whatever the server sent", async () => {
    const { client, requests } = await clientAnswering("schema-null", { any: ["thing"] });
    expect(await client.getThing?.()).toEqual({ any: ["thing"] });
    expect(requests.map((request) => `${request.method} ${request.url}`)).toEqual(["GET /things"]);
  });

  it("a schema `$ref` to a parameter: the parameter is still sent by its own operation", async () => {
    const { client, requests } = await clientAnswering("schema-ref-to-parameter", { id: "v1" });
    expect(await client.getVehicle?.("v1", { "field[]": ["location", "odometer"] })).toEqual({ id: "v1" });
    expect(requests.map((request) => decodeURIComponent(request.url ?? ""))).toEqual(["/vehicles/v1?field[]=location&field[]=odometer"]);
  });

  it("`examples` as an object in 3.1: the call works", async () => {
    const { client } = await clientAnswering("examples-object-31", { name: "one" });
    expect(await client.getThing?.()).toEqual({ name: "one" });
  });

  it("a discriminator with an extra key: the union's member comes back", async () => {
    const { client } = await clientAnswering("discriminator-extra-key", { kind: "Dog", barks: true });
    expect(await client.getPet?.()).toEqual({ kind: "Dog", barks: true });
  });

  it("a mapping by schema name: the member named so comes back", async () => {
    const { client } = await clientAnswering("mapping-by-name", { option: "Option One", one: "1" });
    expect(await client.getOption?.()).toEqual({ option: "Option One", one: "1" });
  });

  it("a mapping to a missing file: the other members still come back", async () => {
    const { client } = await clientAnswering("mapping-missing-file", { shape: "circle", radius: 2 });
    expect(await client.getShape?.()).toEqual({ shape: "circle", radius: 2 });
  });
});

/** A resource's method by name: `client.valueOf` would be typed as Object's own member, not the generated resource. */
function methodOf(client: LoadedClient, resource: string, method: string): Method {
  const found = client[resource]?.[method];
  return typeof found === "function" ? found.bind(client[resource]) : expect.unreachable(`no ${resource}.${method}`);
}

describe("Object.prototype's member names as schema, property, parameter and tag names", () => {
  const body = { valueOf: "v", hasOwnProperty: 1, toString: true, ["__proto__"]: "p", constructor: 2 };
  const wire = '{"valueOf":"v","hasOwnProperty":1,"toString":true,"__proto__":"p","constructor":2}';

  it("send a body with each as an own property, query parameters named so, and read each back as an own property", async () => {
    server = await startServer([{ status: 200, headers: { "content-type": "application/json" }, body: wire }]);
    const client = await loadClient(generated.get("prototype-names")?.dir ?? "", "Api", { baseUrl: server.url, maxRetries: 0 });
    // A computed key makes `__proto__` an own property; a literal `__proto__:` would set the prototype.
    const query = { hasOwnProperty: "h", toString: "t", ["__proto__"]: "p", constructor: "c" };
    const reply = (await methodOf(client, "valueOf", "postValueOf")("id 1", { body: JSON.parse(wire), ...query })) as Record<string, unknown>;
    expect(Object.getPrototypeOf(reply)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(reply)).toEqual(Object.getOwnPropertyNames(body));
    expect([reply.valueOf, reply.hasOwnProperty, reply.toString, Object.getOwnPropertyDescriptor(reply, "__proto__")?.value, reply.constructor]).toEqual([
      "v",
      1,
      true,
      "p",
      2,
    ]);
    const [request] = server.requests;
    expect([request?.method, request?.url, request?.body]).toEqual(["POST", "/value-of/id%201?hasOwnProperty=h&toString=t&__proto__=p&constructor=c", wire]);
  });

  it("name resources (tags) whose methods reach their paths, with path and header parameters named so", async () => {
    const replies = [{ hasOwnProperty: "h" }, { toString: "t" }, JSON.parse('{"__proto__":"p"}') as object, { constructor: "c" }];
    server = await startServer(replies.map((reply) => ({ status: 200, body: reply })));
    const client = await loadClient(generated.get("prototype-names")?.dir ?? "", "Api", { baseUrl: server.url, maxRetries: 0 });
    const results = [
      await methodOf(client, "hasOwnProperty", "getHasOwnProperty")("a", { valueOf: "header value" }),
      await methodOf(client, "toString", "getToString")("b"),
      await methodOf(client, "proto", "getProto")("c"),
      await methodOf(client, "constructor2", "getConstructor")("d"),
    ];
    expect(results.map((result) => JSON.stringify(result))).toEqual(replies.map((reply) => JSON.stringify(reply)));
    expect(server.requests.map((request) => request.url)).toEqual(["/has-own-property/a", "/to-string/b", "/proto/c", "/constructor/d"]);
    expect(server.requests[0]?.headers.valueof).toBe("header value");
  });
});
