// Published OpenAPI 3.0 documents without operationIds and/or without tags
// (@readme/oas-examples), through the whole pipeline: generate, compile with a strict standalone
// tsc, call over real HTTP against Prism serving the same document.
//
// Which documents lack what was checked by script over 3.0/json/*.json (and is asserted again
// below, so a changed package cannot silently make these tests pointless):
//   petstore-simple-no-tags.json  2 operations, no operationIds, no tags (http basic on one)
//   response-schemas.json         8 operations, no operationIds, no tags, JSON bodies
//   http-status-codes.json        89 operations, no operationIds, tagged by status class
//   petstore-expanded.json        4 operations with operationIds (one is "find pet by id"), no tags
//
// Operations without operationId get a name from the generator; these tests do not assume
// which, only that it is a usable identifier derived from the route, unique, and stable:
// reordering the spec or adding an operation does not rename the others. Which method sends
// which route is found by calling each method (see discoverRoutes in harness.ts).
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../../src/runtime/index.js";
import { startPrism, type PrismServer } from "../helpers/prism.js";
import { startServer, type TestServer } from "../helpers/server.js";
import {
  call,
  type ClientSetup,
  clientOf,
  constructWithAnyCredentials,
  discoverRoutes,
  errorSummary,
  generateInto,
  groupDiagnostics,
  type GroupSetup,
  IS_ANY,
  isIdentifier,
  type Json,
  layoutProblems,
  loadClient,
  clientClass,
  methodFor,
  OUT_ROOT,
  record,
  rejectionOf,
  removeGroup,
  routeKey,
  seconds,
  type SpecEntry,
  setupGroup,
  squash,
  surfaceOf,
} from "./harness.js";

const GROUP = "no-ids-no-tags";
const EXAMPLES = "node_modules/@readme/oas-examples/3.0/json";

const ENTRIES: (SpecEntry & { operationIds: boolean; tags: boolean })[] = [
  { key: "petstoreNoTags", spec: `${EXAMPLES}/petstore-simple-no-tags.json`, className: "PetstoreNoTags", operationIds: false, tags: false },
  { key: "responseSchemas", spec: `${EXAMPLES}/response-schemas.json`, className: "ResponseSchemas", operationIds: false, tags: false },
  { key: "httpStatusCodes", spec: `${EXAMPLES}/http-status-codes.json`, className: "HttpStatusCodes", operationIds: false, tags: true },
  { key: "petstoreExpanded", spec: `${EXAMPLES}/petstore-expanded.json`, className: "PetstoreExpanded", operationIds: true, tags: false },
];

function consumerFor(setup: ClientSetup): string | undefined {
  const { className } = setup.entry;
  const head = `import { ${className} } from "./index.js";\n${IS_ANY}\n`;
  const m = (route: string) => methodFor(setup, route);
  switch (setup.entry.key) {
    case "petstoreNoTags":
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  const client = new ${className}({ baseUrl, username: "u", password: "p", maxRetries: 0 });
  await client.${m("GET /pet/{id}")}(1);
  await client.${m("PUT /pet/{id}")}(1);
  // @ts-expect-error -- id is an integer
  await client.${m("GET /pet/{id}")}("one");
}`;
    case "responseSchemas":
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  const client = new ${className}({ baseUrl });
  const list = await client.${m("GET /anything/array-of-primitives")}();
  const first: string | undefined = list[0];
  const listIsTyped: IsAny<typeof list> = false;
  const object = await client.${m("GET /multiple-responses/object")}();
  const hello: string | undefined = object.hello;
  void [first, listIsTyped, hello];
}`;
    case "httpStatusCodes":
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  const client = new ${className}({ baseUrl, maxRetries: 0 });
  await client.${m("GET /status/200")}();
  await client.${m("GET /status/404")}();
}`;
    case "petstoreExpanded":
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  const client = new ${className}({ baseUrl });
  const pets = await client.${m("GET /pets")}({ tags: ["dog", "cat"], limit: 2 });
  const name: string | undefined = pets[0]?.name;
  const pet = await client.${m("POST /pets")}({ name: "Rex", tag: "dog" });
  const id: number = pet.id;
  const petIsTyped: IsAny<typeof pet> = false;
  // @ts-expect-error -- name is required
  await client.${m("POST /pets")}({ tag: "dog" });
  void [name, id, petIsTyped];
}`;
    default:
      return undefined;
  }
}

let group: GroupSetup | undefined;
let setupError: unknown;
const prisms: Record<string, PrismServer> = {};
const prismErrors: Record<string, unknown> = {};
let prismMs = 0;

beforeAll(async () => {
  const started = performance.now();
  const prismsStarting = Promise.all(
    ENTRIES.map((entry) =>
      startPrism(entry.spec).then(
        (server) => {
          prisms[entry.key] = server;
        },
        (error: unknown) => {
          prismErrors[entry.key] = error;
        },
      ),
    ),
  ).then(() => (prismMs = Math.round(performance.now() - started)));
  try {
    group = await setupGroup(GROUP, ENTRIES, consumerFor);
  } catch (error) {
    setupError = error;
  }
  await prismsStarting;
}, 180_000);

afterAll(async () => {
  await Promise.all(Object.values(prisms).map((server) => server.stop()));
  await removeGroup(GROUP);
  const parts = Object.entries({ ...group?.timings, [`prism (${ENTRIES.length}, in parallel)`]: prismMs }).map(([phase, ms]) => `${phase} ${seconds(ms)}`);
  console.info(`[realworld/no-ids-no-tags] ${parts.join(", ")}`);
});

function setupOf(key: string): ClientSetup {
  if (setupError !== undefined) throw setupError;
  const setup = group?.clients[key];
  if (setup === undefined) throw new Error(`${key} was not set up`);
  return setup;
}

function againstPrism(key: string, options: Json = {}): object {
  if (prismErrors[key] !== undefined) throw prismErrors[key];
  const server = prisms[key];
  if (server === undefined) throw new Error(`no Prism for ${key}`);
  return new (clientOf(setupOf(key)))({ baseUrl: server.url, maxRetries: 0, timeout: 15_000, ...options });
}

describe.each(ENTRIES.map((entry) => [entry.key, entry] as const))("%s", (key, entry) => {
  it(`is a document ${entry.operationIds ? "with" : "without"} operationIds and ${entry.tags ? "with" : "without"} tags`, () => {
    const { operations } = setupOf(key);
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.every((operation) => (operation.operationId !== undefined) === entry.operationIds)).toBe(true);
    expect(operations.every((operation) => operation.tags.length > 0 === entry.tags)).toBe(true);
  });

  it(`generates from ${entry.spec}`, () => {
    const setup = setupOf(key);
    if (setup.generated === undefined) throw setup.error;
    expect(setup.generated.files.sort()).toEqual(["client.ts", "index.ts", "schema.ts"]);
    expect(setup.error).toBeUndefined();
  });

  it("type-checks with tsc --strict, together with a consumer of its public surface", () => {
    expect(groupDiagnostics(group, setupOf(key)), "tsc --strict diagnostics").toBe("");
  });

  it("has one method per operation: on its first tag's resource, or on the client when untagged", () => {
    expect(layoutProblems(setupOf(key))).toEqual([]);
  });

  if (!entry.tags) {
    it("has no resources at all: every operation is a method of the client itself", () => {
      const surface = surfaceOf(constructWithAnyCredentials(clientOf(setupOf(key)), { baseUrl: "http://127.0.0.1:9" }));
      expect(surface.resources).toEqual({});
      expect(surface.root).toHaveLength(setupOf(key).operations.length);
    });
  }

  if (!entry.operationIds) {
    it("names each operation after its route: an identifier containing the route's last fixed segment", () => {
      const problems: string[] = [];
      for (const [route, path] of setupOf(key).routes ?? []) {
        const name = path.split(".").at(-1) ?? "";
        const lastFixed =
          route
            .split(" ")[1]
            ?.split("/")
            .filter((segment) => segment !== "" && !segment.startsWith("{"))
            .at(-1) ?? "";
        if (!isIdentifier(name) || !squash(name).includes(squash(lastFixed))) problems.push(`${route} → ${path}`);
      }
      expect(problems).toEqual([]);
    });

    it("keeps every name when the spec is reordered and an operation is added", async () => {
      const setup = setupOf(key);
      const original = setup.routes ?? new Map<string, string>();
      const document = structuredClone(setup.document);
      const added = { get: { summary: "Added", responses: { "200": { description: "OK" } }, ...(entry.tags ? { tags: ["Added"] } : {}) } };
      // Reversed paths, plus one new route sorting before all others and one after.
      document.paths = { "/aaa-added": added, ...Object.fromEntries(Object.entries(record(document.paths)).reverse()), "/zzz-added": added };
      const variantSpec = join(OUT_ROOT, GROUP, `${key}-variant.json`);
      await writeFile(variantSpec, JSON.stringify(document, null, 2));
      const variant = await generateInto(GROUP, `${key}-variant`, setup.entry.className, variantSpec);
      const operations = [...setup.operations, ...["/aaa-added", "/zzz-added"].map((path) => ({ method: "GET", path, operationId: undefined, tags: [] }))];
      const routes = await discoverRoutes(clientClass(await loadClient(variant), setup.entry.className), operations);
      const kept = Object.fromEntries([...original.keys()].map((route) => [route, routes.get(route)]));
      expect(kept).toEqual(Object.fromEntries(original));
      expect(routes.has(routeKey("GET", "/aaa-added")) && routes.has(routeKey("GET", "/zzz-added"))).toBe(true);
    });
  }
});

it("tsc exits 0 over every client of these documents", () => {
  if (group?.tsc === undefined) throw setupError ?? new Error("tsc did not run");
  expect(group.tsc.code, group.tsc.output.slice(0, 20_000)).toBe(0);
});

describe("petstore-simple-no-tags against Prism", () => {
  const setup = () => setupOf("petstoreNoTags");

  it("calls GET /pet/{id} (security: []) on a client without credentials; the spec's only answer, 400, is a BadRequestError", async () => {
    const error = await rejectionOf(call(againstPrism("petstoreNoTags"), methodFor(setup(), "GET /pet/{id}"), 1));
    expect(error instanceof BadRequestError ? error.status : errorSummary(error)).toBe(400);
  });

  it("passes Prism's security check on PUT /pet/{id} with HTTP basic credentials (400, the documented answer, not 401)", async () => {
    const error = await rejectionOf(call(againstPrism("petstoreNoTags", { username: "user", password: "pa55" }), methodFor(setup(), "PUT /pet/{id}"), 1));
    expect(error instanceof BadRequestError ? error.status : errorSummary(error)).toBe(400);
  });

  it("gets Prism's 401 as AuthenticationError for PUT /pet/{id} without credentials", async () => {
    const error = await rejectionOf(call(againstPrism("petstoreNoTags"), methodFor(setup(), "PUT /pet/{id}"), 1));
    expect(error instanceof AuthenticationError ? error.status : errorSummary(error)).toBe(401);
  });
});

describe("response-schemas against Prism", () => {
  const get = (route: string) => call(againstPrism("responseSchemas"), methodFor(setupOf("responseSchemas"), route));

  it("returns an array of strings for GET /anything/array-of-primitives", async () => {
    const list = await get("GET /anything/array-of-primitives");
    expect(Array.isArray(list)).toBe(true);
    for (const item of list as unknown[]) expect(typeof item).toBe("string");
  });

  it("returns an array of objects for GET /anything/array-of-objects", async () => {
    const list = await get("GET /anything/array-of-objects");
    expect(Array.isArray(list) && list.length > 0).toBe(true);
    for (const item of list as unknown[]) expect(typeof item === "object" && item !== null && !Array.isArray(item)).toBe(true);
  });

  it("returns the { hello, there } object for GET /multiple-responses/object", async () => {
    const object = record(await get("GET /multiple-responses/object"));
    expect(typeof object.hello).toBe("string");
    expect(typeof object.there).toBe("string");
  });

  it("returns a JSON string (a uuid) as a string", async () => {
    const value = await get("GET /anything/returns-as-json-but-is-actually-string");
    expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });
});

describe("http-status-codes against Prism", () => {
  const get = (route: string) => call(againstPrism("httpStatusCodes"), methodFor(setupOf("httpStatusCodes"), route));

  it.each(["200", "201", "202", "204"])("resolves GET /status/%s", async (status) => {
    await expect(get(`GET /status/${status}`)).resolves.toBeUndefined();
  });

  it.each([
    ["400", BadRequestError],
    ["401", AuthenticationError],
    ["403", PermissionDeniedError],
    ["404", NotFoundError],
    ["409", ConflictError],
    ["422", UnprocessableEntityError],
    ["429", RateLimitError],
    ["500", InternalServerError],
    ["503", InternalServerError],
    ["418", APIError],
  ] as const)("rejects GET /status/%s with its typed error", async (status, ErrorClass) => {
    const error = await rejectionOf(get(`GET /status/${status}`));
    expect(error instanceof ErrorClass ? (error as APIError).status : errorSummary(error)).toBe(Number(status));
  });
});

describe("petstore-expanded against Prism", () => {
  const client = () => againstPrism("petstoreExpanded");
  const m = (route: string) => methodFor(setupOf("petstoreExpanded"), route);

  it("finds pets with an exploded array query and a limit", async () => {
    const pets = await call(client(), m("GET /pets"), { tags: ["dog", "cat"], limit: 2 });
    expect(Array.isArray(pets)).toBe(true);
    expect(typeof record((pets as unknown[])[0]).name).toBe("string");
    expect(typeof record((pets as unknown[])[0]).id).toBe("number");
  });

  it("adds a pet (POST, JSON body) and gets the Pet back", async () => {
    const pet = record(await call(client(), m("POST /pets"), { name: "Rex", tag: "dog" }));
    expect(typeof pet.id).toBe("number");
    expect(typeof pet.name).toBe("string");
  });

  it('finds a pet by id with the method named from operationId "find pet by id"', async () => {
    expect(squash(m("GET /pets/{id}"))).toBe("findpetbyid");
    const pet = record(await call(client(), m("GET /pets/{id}"), 7));
    expect(typeof pet.id).toBe("number");
  });

  it("deletes a pet: 204, no body", async () => {
    await expect(call(client(), m("DELETE /pets/{id}"), 7)).resolves.toBeUndefined();
  });
});

describe("petstore-expanded against a recording node:http server", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("sends tags=dog&tags=cat&limit=2 for the form-style array query", async () => {
    server = await startServer(() => ({ status: 200, body: [] }));
    const client = new (clientOf(setupOf("petstoreExpanded")))({ baseUrl: server.url, maxRetries: 0 });
    await call(client, methodFor(setupOf("petstoreExpanded"), "GET /pets"), { tags: ["dog", "cat"], limit: 2 });
    const url = new URL(server.requests[0]?.url ?? "/", server.url);
    expect(url.pathname).toBe("/pets");
    expect([...url.searchParams]).toEqual([
      ["tags", "dog"],
      ["tags", "cat"],
      ["limit", "2"],
    ]);
  });
});
