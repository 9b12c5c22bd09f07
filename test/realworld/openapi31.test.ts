// OpenAPI 3.1 documents published on npm, through the whole pipeline: generate, compile with a
// strict standalone tsc (with a consumer of each client's public surface), and call over real
// HTTP against Prism serving the same document, or against a node:http server where the exact
// bytes matter (parameter styles, where credentials go).
//
// Deep: Scalar's Galaxy (3.1.1, every security scheme kind, public and protected operations),
// ReadMe's 3.1 petstore, train-travel, schema-types, security (no operationIds, one untagged
// operation) and parameters-style. Generated and compiled only: every other 3.1 API document of
// @readme/oas-examples. Left out: schema-validation-local.json and schema-validation-top-level.json,
// which are not valid 3.1 (`exclusiveMinimum: true`; JSON Schema 2020-12 requires a number).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type APIError, AuthenticationError, ClientError, InternalServerError, UnprocessableEntityError } from "../../src/runtime/index.js";
import { startPrism, type PrismServer } from "../helpers/prism.js";
import { startServer, type TestServer } from "../helpers/server.js";
import {
  call,
  type ClientSetup,
  clientOf,
  errorSummary,
  groupDiagnostics,
  type GroupSetup,
  IS_ANY,
  type Json,
  layoutProblems,
  methodFor,
  record,
  rejectionOf,
  removeGroup,
  seconds,
  type SpecEntry,
  setupGroup,
  squash,
} from "./harness.js";

const GROUP = "openapi31";
const EXAMPLES = "node_modules/@readme/oas-examples/3.1/json";

const DEEP: SpecEntry[] = [
  { key: "galaxy", spec: "node_modules/@scalar/galaxy/dist/3.1.yaml", className: "Galaxy" },
  { key: "petstore", spec: `${EXAMPLES}/petstore.json`, className: "Petstore" },
  { key: "trainTravel", spec: `${EXAMPLES}/train-travel.json`, className: "TrainTravel" },
  { key: "schemaTypes", spec: `${EXAMPLES}/schema-types.json`, className: "SchemaTypes" },
  { key: "security", spec: `${EXAMPLES}/security.json`, className: "SecurityExamples" },
  { key: "parametersStyle", spec: `${EXAMPLES}/parameters-style.json`, className: "ParametersStyle" },
];
/** The remaining valid 3.1 documents: the ReadMe API itself, vendor extensions, encodings, a webhooks-only document. */
const SWEEP: SpecEntry[] = [
  { key: "readme", spec: `${EXAMPLES}/readme.json`, className: "ReadMe" },
  { key: "readmeExtensions", spec: `${EXAMPLES}/readme-extensions.json`, className: "ReadMeExtensions" },
  { key: "petstoreSimple", spec: `${EXAMPLES}/petstore-simple.json`, className: "PetstoreSimple" },
  { key: "schemaEncodingStyle", spec: `${EXAMPLES}/schema-encoding-style.json`, className: "SchemaEncodingStyle" },
  { key: "webhooks", spec: `${EXAMPLES}/webhooks.json`, className: "Webhooks" },
];

/** An apiKey for each apiKey scheme of security.json, under the option names a generator could give them. */
const EVERY_API_KEY: Json = {
  apiKey: "k3y",
  apiKeyCookie: "k3y",
  apiKeyHeader: "k3y",
  apiKeyQuery: "k3y",
  apiKey_cookie: "k3y",
  apiKey_header: "k3y",
  apiKey_query: "k3y",
};
/** A credential for every security scheme of security.json. */
const EVERY_CREDENTIAL: Json = { ...EVERY_API_KEY, token: "t0ken", username: "user", password: "pa55" };

function consumerFor(setup: ClientSetup): string | undefined {
  const { className } = setup.entry;
  const head = `import { ${className} } from "./index.js";\n${IS_ANY}\n`;
  switch (setup.entry.key) {
    case "galaxy":
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  const page = await new ${className}({ baseUrl }).planets.getAllData({ limit: 10, offset: 0 });
  const total: number | undefined = page.meta?.total;
  const next: string | null | undefined = page.meta?.next;
  const pageIsTyped: IsAny<typeof page> = false;
  const me = await new ${className}({ baseUrl, username: "u", password: "p", timeout: 5_000 }).authentication.getMe();
  const name: string | undefined = me.name;
  await new ${className}({ baseUrl, token: "t", maxRetries: 1 }).authentication.getMe();
  // @ts-expect-error -- planetId is an integer
  await new ${className}({ baseUrl }).planets.getPlanet("one");
  void [total, next, pageIsTyped, name];
}`;
    case "petstore":
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  const petstore = new ${className}({ baseUrl, apiKey: "k", token: "t" });
  const pet = await petstore.pet.getPetById(1);
  const name: string = pet.name;
  const photoUrls: string[] = pet.photoUrls;
  const petIsTyped: IsAny<typeof pet> = false;
  const pets = await petstore.pet.findPetsByStatus({ status: ["available", "sold"] });
  const firstName: string | undefined = pets[0]?.name;
  const inventory = await petstore.store.getInventory();
  const available: number | undefined = inventory["available"];
  // @ts-expect-error -- "lost" is not a status
  await petstore.pet.findPetsByStatus({ status: ["lost"] });
  void [name, photoUrls, petIsTyped, firstName, available];
}`;
    case "trainTravel":
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  const train = new ${className}({ baseUrl, token: "t" });
  const stations = await train.stations.getStations();
  const stationName: string | undefined = stations.data?.[0]?.name;
  const stationsAreTyped: IsAny<typeof stations> = false;
  const trips = await train.trips.getTrips({ origin: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e", destination: "b2e783e1-c824-4d63-b37a-d8d698862f1d", date: "2024-02-01T09:00:00Z" });
  const price: number | undefined = trips.data?.[0]?.price;
  const booking = await train.bookings.createBooking({ trip_id: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e", passenger_name: "John Doe", has_bicycle: true });
  const bookingId: string | undefined = booking.id;
  // @ts-expect-error -- origin, destination and date are required
  await train.trips.getTrips({ dogs: true });
  void [stationName, stationsAreTyped, price, bookingId];
}`;
    case "schemaTypes":
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  const client = new ${className}({ baseUrl });
  await client.numbers.numberSchemaSupport({ "integer (required)": 1, "integer (default, required)": 2, "number (required)": 1.5, "number (default, required)": 2.5 });
  // @ts-expect-error -- an integer field given a string
  await client.numbers.numberSchemaSupport({ "integer (required)": "one", "integer (default, required)": 2, "number (required)": 1.5, "number (default, required)": 2.5 });
}`;
    case "security": {
      const noAuth = methodFor(setup, "POST /anything/no-auth");
      const untagged = methodFor(setup, "PUT /anything/bearer");
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  await new ${className}({ baseUrl, token: "t", apiKey: "k" }).${untagged}();
  await new ${className}({ baseUrl, username: "u", password: "p" }).${noAuth}();
  await new ${className}({ baseUrl }).${noAuth}();
}`;
    }
    case "parametersStyle":
      return `${head}
export async function consume(baseUrl: string): Promise<void> {
  const client = new ${className}({ baseUrl });
  await client.query.queryFormNonExploded({ primitive: "a", array: ["x", "y"], object: { name: "n", description: "d" } });
  await client.query.queryDeepObjectNonExploded({ object: { name: "n" } });
  await client.header.headersSimpleExploded({ array: ["x"], object: { name: "n" } });
  await client.cookie.cookiesStandard({ primitive: "a" });
  await client.path.pathsMatrixNonExploded("a", ["x", "y"], { name: "n", description: "d" });
  // @ts-expect-error -- array is an array of strings
  await client.query.queryFormNonExploded({ array: [1] });
}`;
    default:
      return `${head}
export const client = new ${className}({ baseUrl: "http://127.0.0.1:9", maxRetries: 0 });`;
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
    DEEP.map((entry) =>
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
    group = await setupGroup(GROUP, [...DEEP, ...SWEEP], consumerFor, EVERY_CREDENTIAL);
  } catch (error) {
    setupError = error;
  }
  await prismsStarting;
}, 180_000);

afterAll(async () => {
  await Promise.all(Object.values(prisms).map((server) => server.stop()));
  await removeGroup(GROUP);
  const parts = Object.entries({ ...group?.timings, "prism (6, in parallel)": prismMs }).map(([phase, ms]) => `${phase} ${seconds(ms)}`);
  console.info(`[realworld/openapi31] ${parts.join(", ")}`);
});

function setupOf(key: string): ClientSetup {
  if (setupError !== undefined) throw setupError;
  const setup = group?.clients[key];
  if (setup === undefined) throw new Error(`${key} was not set up`);
  return setup;
}

function prismFor(key: string): string {
  if (prismErrors[key] !== undefined) throw prismErrors[key];
  const server = prisms[key];
  if (server === undefined) throw new Error(`no Prism for ${key}`);
  return server.url;
}

/** A client of `key` talking to its Prism, never retrying (Prism's answers are deterministic). */
function againstPrism(key: string, options: Json = {}): object {
  return new (clientOf(setupOf(key)))({ baseUrl: prismFor(key), maxRetries: 0, timeout: 15_000, ...options });
}

describe.each([...DEEP, ...SWEEP].map((entry) => [entry.key, entry] as const))("%s", (key, entry) => {
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
});

it("tsc exits 0 over every 3.1 client generated", () => {
  if (group?.tsc === undefined) throw setupError ?? new Error("tsc did not run");
  expect(group.tsc.code, group.tsc.output.slice(0, 20_000)).toBe(0);
});

describe("Galaxy (Scalar, 3.1.1) against Prism", () => {
  it("lists planets without credentials: that operation's security is empty", async () => {
    const page = record(await call(againstPrism("galaxy"), "planets.getAllData", { limit: 10, offset: 0 }));
    expect(Array.isArray(page.data)).toBe(true);
    expect(typeof record(page.meta).total).toBe("number");
    expect(typeof record(page.meta).limit).toBe("number");
  });

  it("gets the current user with a bearer token", async () => {
    const me = record(await call(againstPrism("galaxy", { token: "t0ken" }), "authentication.getMe"));
    expect(typeof me.id).toBe("number");
    expect(typeof me.name).toBe("string");
  });

  it("gets the current user with HTTP basic credentials", async () => {
    const me = record(await call(againstPrism("galaxy", { username: "marc", password: "s3cret" }), "authentication.getMe"));
    expect(typeof me.id).toBe("number");
  });

  it("gets Prism's 401 as AuthenticationError when a protected operation is called without credentials", async () => {
    const error = await rejectionOf(call(againstPrism("galaxy"), "authentication.getMe"));
    expect(error instanceof AuthenticationError ? error.status : errorSummary(error)).toBe(401);
  });
});

describe("Petstore (ReadMe, 3.1) against Prism", () => {
  it("gets a pet with the api_key header, as the JSON Pet the method's type promises", async () => {
    const pet = await call(againstPrism("petstore", { apiKey: "k3y" }), "pet.getPetById", 1);
    // The operation offers application/xml first and application/json second: a client typed
    // for JSON has to ask for JSON (Accept), or it hands XML text to a caller expecting a Pet.
    expect(typeof pet, `got ${JSON.stringify(pet)?.slice(0, 200)}`).toBe("object");
    expect(typeof record(pet).name).toBe("string");
    expect(Array.isArray(record(pet).photoUrls)).toBe(true);
  });

  it("finds pets by status with an OAuth2 token and an exploded array query", async () => {
    const pets = await call(againstPrism("petstore", { token: "t0ken" }), "pet.findPetsByStatus", { status: ["available", "sold"] });
    expect(Array.isArray(pets), `got ${JSON.stringify(pets)?.slice(0, 200)}`).toBe(true);
    expect(typeof record((pets as unknown[])[0]).name).toBe("string");
  });

  it("reads the store inventory, a map of integers", async () => {
    const inventory = record(await call(againstPrism("petstore", { apiKey: "k3y" }), "store.getInventory"));
    expect(Object.keys(inventory).length).toBeGreaterThan(0);
    for (const count of Object.values(inventory)) expect(Number.isInteger(count)).toBe(true);
  });
});

describe("Petstore (ReadMe, 3.1) against a recording node:http server", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("sends the api_key header, the bearer token and status=…&status=… as the spec says", async () => {
    server = await startServer(() => ({ status: 200, body: [] }));
    const client = new (clientOf(setupOf("petstore")))({ baseUrl: server.url, maxRetries: 0, apiKey: "k3y", token: "t0ken" });
    await call(client, "pet.findPetsByStatus", { status: ["available", "sold"] });
    const request = server.requests[0];
    expect(request?.method).toBe("GET");
    const url = new URL(request?.url ?? "/", server.url);
    expect(url.pathname).toBe("/pet/findByStatus");
    expect(url.searchParams.getAll("status")).toEqual(["available", "sold"]);
    expect(request?.headers.authorization).toBe("Bearer t0ken");
  });
});

describe("Train Travel (3.1) against Prism", () => {
  it("refuses to construct without a token: every operation requires OAuth2", () => {
    const TrainTravel = clientOf(setupOf("trainTravel"));
    expect(() => new TrainTravel({ baseUrl: prismFor("trainTravel") })).toThrow(ClientError);
  });

  it("lists stations", async () => {
    const stations = record(await call(againstPrism("trainTravel", { token: "t0ken" }), "stations.getStations"));
    const first = record((stations.data as unknown[] | undefined)?.[0]);
    expect(Array.isArray(stations.data)).toBe(true);
    expect(typeof first.id).toBe("string");
    expect(typeof first.name).toBe("string");
    expect(typeof first.country_code).toBe("string");
  });

  it("searches trips with the three required query parameters", async () => {
    const trips = record(
      await call(againstPrism("trainTravel", { token: "t0ken" }), "trips.getTrips", {
        origin: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e",
        destination: "b2e783e1-c824-4d63-b37a-d8d698862f1d",
        date: "2024-02-01T09:00:00Z",
        bicycles: true,
      }),
    );
    expect(Array.isArray(trips.data)).toBe(true);
    expect(typeof record((trips.data as unknown[])[0]).price).toBe("number");
  });

  it("creates a booking (POST, JSON body, 201)", async () => {
    const booking = record(
      await call(againstPrism("trainTravel", { token: "t0ken" }), "bookings.createBooking", {
        trip_id: "efdbb9d1-02c2-4bc3-afb7-6788d8782b1e",
        passenger_name: "John Doe",
        has_bicycle: true,
      }),
    );
    expect(typeof booking.id).toBe("string");
    expect(typeof booking.trip_id).toBe("string");
  });
});

describe("schema-types (ReadMe, 3.1) against Prism", () => {
  // The spec declares no responses, so Prism answers a valid request with 500
  // NO_RESPONSE_RESPONSE_DEFINED and an invalid one with 422: that tells the two apart.
  it("sends a body whose field names have spaces and parentheses, and Prism finds it valid", async () => {
    const body = { "integer (required)": 1, "integer (default, required)": 2, "number (required)": 1.5, "number (default, required)": 2.5 };
    const error = await rejectionOf(call(againstPrism("schemaTypes"), "numbers.numberSchemaSupport", body));
    expect(error instanceof InternalServerError ? error.status : errorSummary(error)).toBe(500);
    expect(String(record((error as APIError).body).type)).toMatch(/NO_RESPONSE_RESPONSE_DEFINED$/);
  });

  it("gets Prism's 422 as UnprocessableEntityError when a required field is missing", async () => {
    const error = await rejectionOf(call(againstPrism("schemaTypes"), "numbers.numberSchemaSupport", { "integer (required)": 1 }));
    expect(error instanceof UnprocessableEntityError ? error.status : errorSummary(error)).toBe(422);
  });
});

describe("security (ReadMe, 3.1: no operationIds, every scheme kind) against Prism", () => {
  const security = () => setupOf("security");

  it("names operations without operationId after their route, and keeps the untagged one on the client", () => {
    for (const [route, path] of security().routes ?? []) {
      const lastStatic =
        route
          .split(" ")[1]
          ?.split("/")
          .filter((segment) => segment !== "" && !segment.startsWith("{"))
          .at(-1) ?? "";
      expect(squash(path), `${route} → ${path}`).toContain(squash(lastStatic));
    }
    expect(methodFor(security(), "PUT /anything/bearer")).not.toContain(".");
  });

  it("calls an operation that needs no credentials on a client constructed without any", async () => {
    await expect(call(againstPrism("security"), methodFor(security(), "POST /anything/no-auth"))).resolves.toBeUndefined();
  });

  it.each([
    "POST /anything/bearer",
    "PUT /anything/bearer",
    "GET /anything/oauth2",
    "PUT /anything/oauth2",
    "POST /anything/oauth2",
    "DELETE /anything/oauth2",
    "PATCH /anything/oauth2",
    "POST /anything/openIdConnect",
  ])("satisfies %s with only a token", async (route) => {
    await expect(call(againstPrism("security", { token: "t0ken" }), methodFor(security(), route))).resolves.toBeUndefined();
  });

  it("satisfies POST /anything/basic with only username and password", async () => {
    await expect(
      call(againstPrism("security", { username: "user", password: "pa55" }), methodFor(security(), "POST /anything/basic")),
    ).resolves.toBeUndefined();
  });

  // Bearer and basic both use the Authorization header, so a client holding both has to pick,
  // per operation, the scheme that operation's security requirement names.
  it("satisfies each operation's own requirement when the client holds a credential for every scheme", async () => {
    const client = againstPrism("security", EVERY_CREDENTIAL);
    const outcomes: Record<string, unknown> = {};
    for (const [route, path] of security().routes ?? []) {
      if (route === "POST /status/401" || route === "POST /anything/mutualTLS") continue;
      outcomes[route] = await call(client, path).then(
        () => "ok",
        (error: unknown) => errorSummary(error),
      );
    }
    expect(outcomes).toEqual(Object.fromEntries(Object.keys(outcomes).map((route) => [route, "ok"])));
  });

  it("gets the documented 401 of POST /status/401 as AuthenticationError", async () => {
    const error = await rejectionOf(call(againstPrism("security", EVERY_API_KEY), methodFor(security(), "POST /status/401")));
    expect(error instanceof AuthenticationError ? error.status : errorSummary(error)).toBe(401);
  });
});

describe("security (ReadMe, 3.1) against a recording node:http server", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("puts each apiKey where its operation's scheme says (query, header, cookie) and the token in Authorization", async () => {
    server = await startServer(() => ({ status: 200 }));
    const client = new (clientOf(setupOf("security")))({ baseUrl: server.url, maxRetries: 0, ...EVERY_API_KEY, token: "t0ken" });
    for (const route of ["GET /anything/apiKey", "PUT /anything/apiKey", "POST /anything/apiKey", "POST /anything/bearer"]) {
      await call(client, methodFor(setupOf("security"), route));
    }
    const [query, header, cookie, bearer] = server.requests;
    expect(new URL(query?.url ?? "/", server.url).searchParams.get("apiKey")).toBe("k3y");
    expect(header?.headers["x-api-key"]).toBe("k3y");
    expect(cookie?.headers.cookie).toMatch(/(^|;\s*)api_key=k3y(;|$)/);
    expect(bearer?.headers.authorization).toBe("Bearer t0ken");
  });

  it("sends username and password as Authorization: Basic base64(user:password)", async () => {
    server = await startServer(() => ({ status: 200 }));
    const client = new (clientOf(setupOf("security")))({ baseUrl: server.url, maxRetries: 0, username: "user", password: "pa55" });
    await call(client, methodFor(setupOf("security"), "POST /anything/basic"));
    expect(server.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from("user:pa55").toString("base64")}`);
  });
});

describe("parameters-style (ReadMe, 3.1) against a recording node:http server", () => {
  // Expected values from the style tables of OpenAPI 3.1 §4.8.12.4 and RFC 6570, with
  // array = ["blue", "black", "brown"] and object = { name: "n", description: "d" }.
  const array = ["blue", "black", "brown"];
  const object = { name: "n", description: "d" };
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function sent(method: string, ...args: unknown[]) {
    server = await startServer(() => ({ status: 200, body: {} }));
    const client = new (clientOf(setupOf("parametersStyle")))({ baseUrl: server.url, maxRetries: 0 });
    await call(client, method, ...args);
    const request = server.requests[0];
    const url = new URL(request?.url ?? "/", server.url);
    return { request, url, path: decodeURIComponent(url.pathname), query: [...url.searchParams] };
  }

  it("query form, not exploded: array=blue,black,brown&object=name,n,description,d", async () => {
    const { query } = await sent("query.queryFormNonExploded", { primitive: "a", array, object });
    expect(query).toEqual([
      ["primitive", "a"],
      ["array", "blue,black,brown"],
      ["object", "name,n,description,d"],
    ]);
  });

  it("query form, exploded: array=blue&array=black&array=brown&name=n&description=d", async () => {
    const { query } = await sent("query.queryFormExploded", { primitive: "a", array, object });
    expect(query).toEqual([
      ["primitive", "a"],
      ["array", "blue"],
      ["array", "black"],
      ["array", "brown"],
      ["name", "n"],
      ["description", "d"],
    ]);
  });

  it("query spaceDelimited and pipeDelimited arrays", async () => {
    expect((await sent("query.querySpaceDelimitedNonExploded", { array })).query).toEqual([["array", "blue black brown"]]);
    await server?.close();
    expect((await sent("query.queryPipeDelimitedNonExploded", { array })).query).toEqual([["array", "blue|black|brown"]]);
  });

  it("query deepObject: object[name]=n&object[description]=d", async () => {
    const { query } = await sent("query.queryDeepObjectNonExploded", { object });
    expect(query).toEqual([
      ["object[name]", "n"],
      ["object[description]", "d"],
    ]);
  });

  it("header simple, not exploded and exploded", async () => {
    const plain = await sent("header.headersSimpleNonExploded", { primitive: "a", array, object });
    expect([plain.request?.headers.primitive, plain.request?.headers.array, plain.request?.headers.object]).toEqual([
      "a",
      "blue,black,brown",
      "name,n,description,d",
    ]);
    await server?.close();
    const exploded = await sent("header.headersSimpleExploded", { primitive: "a", array, object });
    expect([exploded.request?.headers.array, exploded.request?.headers.object]).toEqual(["blue,black,brown", "name=n,description=d"]);
  });

  it("cookie form: a primitive, and a non-exploded array", async () => {
    const standard = await sent("cookie.cookiesStandard", { primitive: "a" });
    expect(standard.request?.headers.cookie).toBe("primitive=a");
    await server?.close();
    const nonExploded = await sent("cookie.cookiesFormNonExploded", { array });
    expect(nonExploded.request?.headers.cookie).toBe("array=blue,black,brown");
  });

  it("path simple: /a/blue,black,brown/name,n,description,d, exploded object name=n,description=d", async () => {
    expect((await sent("path.pathsSimpleNonExploded", "a", array, object)).path).toBe("/anything/path/simple/a/blue,black,brown/name,n,description,d");
    await server?.close();
    expect((await sent("path.pathsSimpleExploded", "a", array, object)).path).toBe("/anything/path/simple/a/blue,black,brown/name=n,description=d");
  });

  it("path matrix: ;primitive=a/;array=blue,black,brown/;object=name,n,description,d and its exploded form", async () => {
    expect((await sent("path.pathsMatrixNonExploded", "a", array, object)).path).toBe(
      "/anything/path/matrix/;primitive=a/;array=blue,black,brown/;object=name,n,description,d",
    );
    await server?.close();
    expect((await sent("path.pathsMatrixExploded", "a", array, object)).path).toBe(
      "/anything/path/matrix/;primitive=a/;array=blue;array=black;array=brown/;name=n;description=d",
    );
  });

  it("path label: .a/.blue,black,brown/.name,n,description,d and its exploded form", async () => {
    expect((await sent("path.pathsLabelNonExploded", "a", array, object)).path).toBe("/anything/path/label/.a/.blue,black,brown/.name,n,description,d");
    await server?.close();
    expect((await sent("path.pathsLabelExploded", "a", array, object)).path).toBe("/anything/path/label/.a/.blue.black.brown/.name=n.description=d");
  });
});

describe("parameters-style (ReadMe, 3.1) against Prism", () => {
  it("reaches Prism, which answers 500 because the spec defines no response, as InternalServerError", async () => {
    const error = await rejectionOf(call(againstPrism("parametersStyle"), "query.queryDeepObjectNonExploded", { object: { name: "n", description: "d" } }));
    expect(error instanceof InternalServerError ? error.status : errorSummary(error)).toBe(500);
    expect(String(record((error as APIError).body).type)).toMatch(/NO_RESPONSE_RESPONSE_DEFINED$/);
  });
});
