// Spec text is not trusted. test/fixtures/hostile/hostile.yaml puts `*/`, `/*`, backticks, `${`,
// quotes, backslashes, U+2028, U+2029, U+202E, ESC, `</script>` and reserved words into every
// text slot of a spec; its payload `*/ globalThis.__pwned = 1; /* ${globalThis.__pwned = 1}`
// runs if any of it ever ends a comment, a string or a template literal. The generated client
// must compile strictly, keep all of it inside comments and strings, and run none of it when
// imported and called.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { camelCase } from "../../scripts/emit/names.js";
import { startServer, type TestServer } from "../helpers/server.js";
import {
  codeRunOnImport,
  filesBelow,
  type Generated,
  generateInto,
  HOSTILE_FIXTURES,
  identifiersNamed,
  importModule,
  invisibleCharacters,
  loadClient,
  strictDiagnostics,
  syntaxErrors,
  useTempDirs,
} from "./helpers.js";

const SPEC = join(HOSTILE_FIXTURES, "hostile.yaml");
// biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is a template literal's `${` on purpose
const PAYLOAD = "*/ globalThis.__pwned = 1; /* ` ${globalThis.__pwned = 1} \" ' \\ \u2028 \u2029 \u202E \u001B </script>";
const pwned = () => (globalThis as { __pwned?: unknown }).__pwned;

const tempDir = useTempDirs();
let generated: Generated;
let source: Record<string, string>;
let document: HostileDocument;

beforeAll(async () => {
  document = parse(await readFile(SPEC, "utf8")) as HostileDocument;
  generated = await generateInto(SPEC, join(await tempDir("text"), "out"), "Hostile");
  source = Object.fromEntries(generated.files.map((file) => [file.path, file.content]));
}, 60_000);

/** The parts of hostile.yaml the tests read. */
interface HostileDocument {
  info: { title: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: Operation }>;
  components: { securitySchemes: Record<string, { name: string }>; schemas: Record<string, Schema> };
}

interface Operation {
  tags: string[];
  operationId: string;
  summary: string;
  description: string;
  parameters: Parameter[];
  responses: Record<string, { description: string; headers: Record<string, unknown>; content: Record<string, { example: Record<string, string> }> }>;
}

interface Parameter {
  name: string;
  in: string;
  description: string;
  example: string;
  schema: { default: string; enum: string[] };
}

interface Schema {
  title: string;
  description: string;
  properties: Record<string, { default: string; example: string; enum: string[] }>;
}

/** The operation with the payload in every slot, and its parameters. */
function hostileOperation() {
  const operation = (Object.values(document.paths)[0] as { get: Operation }).get;
  const find = (test: (parameter: Parameter) => boolean) => operation.parameters.find(test) ?? expect.unreachable("no such parameter");
  return {
    operation,
    pathParameter: find((parameter) => parameter.in === "path"),
    queryParameter: find((parameter) => parameter.name.startsWith("query ")),
    headerParameter: find((parameter) => parameter.in === "header"),
  };
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("the hostile fixture", () => {
  it("carries the payload in every text slot", () => {
    const { operation, pathParameter, queryParameter, headerParameter } = hostileOperation();
    const schema = Object.values(document.components.schemas)[0] as Schema;
    const [property] = Object.keys(schema.properties);
    const slots: Record<string, unknown> = {
      "info.title": document.info.title,
      "info.description": document.info.description,
      "servers[0].url": document.servers[0]?.url,
      "tags[0].name": document.tags[0]?.name,
      "tags[0].description": document.tags[0]?.description,
      operationId: operation.operationId,
      summary: operation.summary,
      description: operation.description,
      "query parameter name": queryParameter.name,
      "header parameter name": headerParameter.name,
      "parameter description": pathParameter.description,
      "parameter example": pathParameter.example,
      "parameter default": queryParameter.schema.default,
      "parameter enum value": queryParameter.schema.enum[1],
      "response description": operation.responses["200"]?.description,
      "response header name": Object.keys(operation.responses["200"]?.headers ?? {})[0],
      "response example key": Object.keys(operation.responses["200"]?.content["application/json"]?.example ?? {})[0],
      "response example value": Object.values(operation.responses["200"]?.content["application/json"]?.example ?? {})[0],
      "security scheme name": Object.keys(document.components.securitySchemes)[0],
      "security scheme header name": (Object.values(document.components.securitySchemes)[0] as { name: string }).name,
      "schema title": schema.title,
      "schema description": schema.description,
      "property name": property,
      "property default": schema.properties[property as string]?.default,
      "property example": schema.properties[property as string]?.example,
      "enum value": schema.properties.kind?.enum[0],
    };
    const missing = Object.entries(slots).filter(([, text]) => typeof text !== "string" || !text.includes(PAYLOAD));
    expect(missing.map(([slot]) => slot)).toEqual([]);
    // Braces and `/` cannot be in a path template's parameter name; the rest of the payload is.
    expect(pathParameter.name).toContain("` $ globalThis.__pwned = 1 \" ' \\ \u2028 \u2029 \u202E \u001B <script> class delete constructor __proto__");
  });
});

describe("code generated from hostile text", () => {
  it("is exactly client.ts, index.ts and schema.ts", async () => {
    expect(await filesBelow(generated.dir)).toEqual(["client.ts", "index.ts", "schema.ts"]);
  });

  it("compiles strictly", () => {
    expect(strictDiagnostics([join(generated.dir, "index.ts")])).toBe("");
  }, 120_000);

  it.each(["client.ts", "schema.ts"])("%s parses, and keeps every payload inside a comment or a string: no code names globalThis or __pwned", (file) => {
    const text = source[file] ?? "";
    expect(text).toContain("__pwned");
    expect(syntaxErrors(file, text)).toEqual([]);
    expect(identifiersNamed(file, text, ["globalThis", "__pwned"])).toEqual([]);
  });

  it.each(["client.ts", "schema.ts"])("%s has no raw U+2028, U+2029, U+202E, ESC or other invisible character: all are \\uXXXX", (file) => {
    const text = source[file] ?? "";
    expect(invisibleCharacters(text)).toEqual([]);
    for (const written of ["\\u2028", "\\u2029", "\\u202E"]) expect(text).toContain(written);
  });

  it("writes `*/` from the spec as `*\\/` in comments", () => {
    const client = source["client.ts"] ?? "";
    expect(client).toContain("summary *\\/ globalThis.__pwned = 1; /* ");
    expect(client).toContain("path parameter description *\\/ globalThis.__pwned = 1; /* ");
    expect(source["schema.ts"]).toContain("@description property description *\\/ globalThis.__pwned = 1; /* ");
  });

  it.each(["client.ts", "schema.ts", "index.ts"])("%s runs nothing when imported: its top level is declarations only", (file) => {
    expect(codeRunOnImport(file, source[file] ?? "")).toEqual([]);
  });
});

describe("the generated client, imported and called", () => {
  it("touches no global when imported", async () => {
    const before = Object.getOwnPropertyNames(globalThis).sort();
    const module = await importModule(join(generated.dir, "index.ts"));
    expect(typeof module.Hostile).toBe("function");
    expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(before);
    expect(pwned()).toBeUndefined();
  });

  it("sends the hostile path and query parameters as written, and runs none of them", async () => {
    server = await startServer([{ status: 200, body: { ok: true } }]);
    const client = await loadClient(generated.dir, "Hostile", { baseUrl: server.url, maxRetries: 0 });
    const { operation, queryParameter } = hostileOperation();
    const resource = client[camelCase(operation.tags[0] ?? "")] ?? expect.unreachable("no such resource");
    const method = camelCase(operation.operationId);
    const pathValue = `v ${PAYLOAD} /?#&`;
    const queryValue = queryParameter.schema.enum[1] as string;
    const result = await resource[method]?.(pathValue, { [queryParameter.name]: queryValue, class: "c", delete: "d", constructor: "x" });
    expect(result).toEqual({ ok: true });
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    const url = new URL(request?.url ?? "", "http://x");
    expect(request?.method).toBe("GET");
    expect(decodeURIComponent(url.pathname)).toBe(`/items/${pathValue}`);
    // The value arrives whole; how the runtime encodes a parameter *name* is src/runtime's business
    // (today it leaves `=` and `;` of a name as they are), so the name is not checked here.
    const query = url.search;
    expect(decodeURIComponent(query.slice(query.indexOf("=enum") + 1, query.indexOf("&class=")))).toBe(queryValue);
    expect([url.searchParams.get("class"), url.searchParams.get("delete"), url.searchParams.get("constructor")]).toEqual(["c", "d", "x"]);
    expect(pwned()).toBeUndefined();
  });

  it("names no method then or toJSON, so that awaiting or serializing the client sends nothing", async () => {
    server = await startServer([]);
    const client = await loadClient(generated.dir, "Hostile", { baseUrl: server.url, maxRetries: 0 });
    // camelCase makes `toJSON` `toJson`, which nothing calls unasked; `then` becomes `then2`.
    expect([typeof client.then, typeof client.toJSON, typeof client.then2, typeof client.toJson]).toEqual(["undefined", "undefined", "function", "function"]);
    expect(await Promise.resolve(client)).toBe(client);
    expect(server.requests).toEqual([]);
  });

  it("passes a path parameter named __proto__ as a property (a computed key), not as a prototype", async () => {
    server = await startServer([{ status: 200 }]);
    const client = await loadClient(generated.dir, "Hostile", { baseUrl: server.url, maxRetries: 0 });
    await client.getProto?.("value");
    expect(server.requests.map((request) => request.url)).toEqual(["/proto/value"]);
    expect(source["client.ts"]).toContain('path: { ["__proto__"]: proto }');
    expect(source["client.ts"]).toContain('styles: { query: { ["__proto__"]: { "style": "form", "explode": false } } }');
  });
});
