// Specs that are valid but extreme generate clients that compile strictly, import without
// running anything, and work: recursive and mutually recursive schemas, 200 levels of nested
// objects, an enum of 10,000 values, a 5 MB description, names in Japanese, Greek and emoji,
// and properties named after Object.prototype's members and JSON Schema's keywords.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server.js";
import { codeRunOnImport, type Generated, generateInto, HOSTILE_FIXTURES, importModule, loadClient, strictDiagnostics, useTempDirs } from "./helpers.js";

const DEPTH = 200;
const ENUM_SIZE = 10_000;
const DESCRIPTION_BYTES = 5 * 1024 * 1024;
// A comment end and U+2028 on every line: 5 MB of text to escape, in client.ts and schema.ts alike.
// biome-ignore lint/suspicious/noTemplateCurlyInString: a template literal's `${` is part of the text to escape
const LINE = "A long description */ with `${code}` and a line separator \u2028 in every line.\n";

type Json = Record<string, unknown>;

function specWith(paths: Json, schemas: Json): Json {
  return { openapi: "3.1.0", info: { title: "Extreme", version: "1" }, servers: [{ url: "http://127.0.0.1:9" }], paths, components: { schemas } };
}

function getReturning(operationId: string, schema: string, extra: Json = {}): Json {
  const content = { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } };
  return { get: { operationId, tags: ["extreme"], responses: { "200": { description: "ok", content } }, ...extra } };
}

/** `{ l1: { l2: … { l200: { leaf: string } } } }`, as nested object schemas. */
function deepSchema(depth: number): Json {
  let schema: Json = { type: "object", required: ["leaf"], properties: { leaf: { type: "string" } } };
  for (let level = depth; level >= 1; level--) schema = { type: "object", properties: { [`l${level}`]: schema } };
  return schema;
}

const SPECS: Record<string, () => Json> = {
  deep: () => specWith({ "/deep": getReturning("getDeep", "Deep") }, { Deep: deepSchema(DEPTH) }),
  "huge-enum": () => {
    const values = Array.from({ length: ENUM_SIZE }, (_, index) => `value-${index}`);
    const parameters = [{ name: "pick", in: "query", schema: { $ref: "#/components/schemas/Huge" } }];
    return specWith({ "/enum": getReturning("getEnum", "Huge", { parameters }) }, { Huge: { type: "string", enum: values } });
  },
  "huge-description": () => {
    const description = LINE.repeat(Math.ceil(DESCRIPTION_BYTES / Buffer.byteLength(LINE)));
    const spec = specWith(
      { "/long": getReturning("getLong", "Long", { description }) },
      { Long: { type: "object", description, properties: { a: { type: "string" } } } },
    );
    return spec;
  },
};

const tempDir = useTempDirs();
const clients: Record<string, Generated> = {};
let diagnostics = "";

beforeAll(async () => {
  const work = await tempDir("generation");
  for (const [name, build] of Object.entries(SPECS)) {
    const spec = join(work, `${name}.json`);
    await writeFile(spec, JSON.stringify(build()));
    clients[name] = await generateInto(spec, join(work, name), "Extreme");
  }
  clients.unicode = await generateInto(join(HOSTILE_FIXTURES, "unicode.yaml"), join(work, "unicode"), "Unicode");
  clients["property-names"] = await generateInto(join(HOSTILE_FIXTURES, "property-names.yaml"), join(work, "property-names"), "PropertyNames");
  // Uses of the types, so that the check sees them resolve (not to `any`, not cut short).
  const consumer = join(work, "consumer.ts");
  await writeFile(consumer, consumerSource());
  diagnostics = strictDiagnostics([...Object.values(clients).map((client) => join(client.dir, "index.ts")), consumer]);
}, 240_000);

function consumerSource(): string {
  const path = Array.from({ length: DEPTH }, (_, index) => `l${index + 1}`);
  return `
import type { Deep } from "./deep/index.js";
import type { Huge } from "./huge-enum/index.js";
import type { Company, Person, Thing, Tree } from "./property-names/index.js";
import type { Χρήστης, ユーザー2 } from "./unicode/index.js";
type IsAny<T> = 0 extends 1 & T ? true : false;
declare const deep: Deep;
export const leaf: string | undefined = deep.${path.join("?.")}?.leaf;
export const deepIsNotAny: IsAny<typeof deep.l1> = false;
export const first: Huge = "value-0";
export const last: Huge = "value-${ENUM_SIZE - 1}";
// @ts-expect-error one past the last value is not in the enum
export const beyond: Huge = "value-${ENUM_SIZE}";
export const tree: Tree = { value: "root", children: [{ children: [{ value: "leaf" }] }], best: { value: "best" } };
declare const person: Person;
export const colleagues: Person[] | undefined = person.employer?.staff;
export const company: Company = { name: "c", staff: [{ name: "p", employer: { name: "c" } }] };
// A literal's own \`toString\` is required: TypeScript reads a missing one as Object's (\`() => string\`).
export const thing: Thing = { ["__proto__"]: "p", constructor: "c", $ref: "r", prototype: 1, toString: true, then: "t", "": "empty", self: { ["__proto__"]: "q", constructor: "d", toString: false } };
export const user: ユーザー2 = { 名前: "花子", 年齢: 30, "😀": true };
export const greek: Χρήστης = { όνομα: "Αλέξανδρος", ηλικία: 40 };
`;
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("extreme but valid specs", () => {
  it("generate code that compiles strictly, types included (200 levels deep, 10,000 enum values, recursion, unicode and prototype names)", () => {
    expect(diagnostics).toBe("");
  });

  it("generate in bounded time: each in under 30 s", () => {
    for (const [name, client] of Object.entries(clients)) expect({ name, fast: client.ms < 30_000 }).toEqual({ name, fast: true });
  });

  it("keep a 5 MB description whole in the JSDoc, with `*/` escaped and U+2028 visible", () => {
    const { files } = clients["huge-description"] as Generated;
    for (const file of files.filter((candidate) => candidate.path !== "index.ts")) {
      // Booleans, not the text: a failure should not print 10 MB.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: as LINE, escaped
      const escapedLines = file.content.split("description *\\/ with `${code}` and a line separator \\u2028 in every line.").length - 1;
      expect({
        file: file.path,
        escapedLines,
        rawEnd: file.content.includes("description */ with"),
        rawSeparator: /[\u2028\u2029]/.test(file.content),
      }).toEqual({
        file: file.path,
        // The operation's description in both files, the schema's in schema.ts only (client.ts aliases carry no docs).
        escapedLines: Math.ceil(DESCRIPTION_BYTES / Buffer.byteLength(LINE)) * (file.path === "client.ts" ? 1 : 2),
        rawEnd: false,
        rawSeparator: false,
      });
    }
  });

  it("import without running anything: declarations only, no global touched", async () => {
    for (const client of Object.values(clients)) {
      for (const file of client.files)
        expect({ file: `${client.dir}/${file.path}`, code: codeRunOnImport(file.path, file.content) }).toEqual({
          file: `${client.dir}/${file.path}`,
          code: [],
        });
    }
    const before = Object.getOwnPropertyNames(globalThis).sort();
    for (const client of Object.values(clients)) await importModule(join(client.dir, "index.ts"));
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(before);
  });
});

describe("names in Japanese, Greek and emoji", () => {
  it("are identifiers where JavaScript allows, and the requests go to the paths as written", async () => {
    server = await startServer([
      { status: 200, body: { 名前: "花子" } },
      { status: 201, body: { όνομα: "Αλέξανδρος" } },
    ]);
    const client = await loadClient((clients.unicode as Generated).dir, "Unicode", { baseUrl: server.url, maxRetries: 0 });
    expect(await client.ユーザー?.ユーザーを取得?.("42", { "フィルター🔍": "有効" })).toEqual({ 名前: "花子" });
    expect(await client.χρήστες?.δημιουργίαΧρήστη?.({ όνομα: "Αλέξανδρος" })).toEqual({ όνομα: "Αλέξανδρος" });
    const [get, post] = server.requests;
    expect(decodeURIComponent(get?.url ?? "")).toBe("/ユーザー/42?フィルター🔍=有効");
    expect([post?.method, decodeURIComponent(post?.url ?? ""), post?.body]).toEqual(["POST", "/χρήστες", '{"όνομα":"Αλέξανδρος"}']);
  });
});

describe("properties named __proto__, constructor, $ref, prototype and toString", () => {
  it("are sent and received as own properties, and a path parameter named __proto__ reaches the path", async () => {
    const reply = '{"__proto__":"p","constructor":"c","$ref":"r","prototype":1,"toString":true}';
    server = await startServer([{ status: 200, headers: { "content-type": "application/json" }, body: reply }]);
    const client = await loadClient((clients["property-names"] as Generated).dir, "PropertyNames", { baseUrl: server.url, maxRetries: 0 });
    const body: unknown = JSON.parse(reply);
    const thing = (await client.things?.putThing?.("id", { body, constructor: "q", toString: "h" })) as object;
    expect(Object.hasOwn(thing, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(thing)).toBe(Object.prototype);
    expect(JSON.stringify(thing)).toBe(reply);
    const request = server.requests[0];
    expect([request?.method, request?.url, request?.headers.tostring, request?.body]).toEqual(["PUT", "/things/id?constructor=q", "h", reply]);
  });
});
