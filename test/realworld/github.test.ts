// GitHub's REST description (OpenAPI 3.0.3, 13 MB, 1,223 operations in 47 tags) through the
// whole pipeline: generate, compile the output with a strict standalone tsc, then call it over
// real HTTP against Prism serving the same file, and against a node:http server that records
// the exact bytes sent.
//
// Prism needs 10-16 s to load this spec on an idle 2-core machine and up to ~30 s while the
// generator and tsc run beside it, so it is started first (it loads while the client is
// generated) with a 60 s budget instead of the shared helper's 30 s (see slow-prism.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { APIError } from "../../src/runtime/index.js";
import type { PrismServer } from "../helpers/prism.js";
import { startServer, type TestServer } from "../helpers/server.js";
import {
  call,
  clientClass,
  diagnosticsFor,
  discoverRoutes,
  errorSummary,
  type GeneratedClient,
  generateInto,
  IS_ANY,
  loadClient,
  operationsOf,
  readSpec,
  rejectionOf,
  removeGroup,
  seconds,
  type SpecOperation,
  squash,
  surfaceOf,
  type TscRun,
  typecheck,
  writeConsumer,
} from "./harness.js";
import { startPrismWithin } from "./slow-prism.js";

const GROUP = "github";
const SPEC = "node_modules/@octokit/openapi/generated/api.github.com.json";

/** The routes the calls below use, and the resources (tags) they live in. */
const ROUTES = {
  searchRepos: "GET /search/repositories",
  createIssue: "POST /repos/{owner}/{repo}/issues",
  listIssues: "GET /repos/{owner}/{repo}/issues",
  getUser: "GET /users/{username}",
  zen: "GET /zen",
  renderMarkdown: "POST /markdown",
} as const;
const ROUTE_TAGS = ["search", "issues", "users", "meta", "markdown"];

/** The public surface a user touches: constructor options, a params object with a required field, typed and text results. */
function consumer(m: (route: string) => string): string {
  return `
import { GitHub } from "./index.js";
${IS_ANY}

export async function consume(baseUrl: string): Promise<void> {
  const github = new GitHub({ baseUrl, maxRetries: 0, timeout: 10_000, headers: { authorization: "Bearer t" } });
  const found = await github.${m(ROUTES.searchRepos)}({ q: "tetris language:assembly", per_page: 2 });
  const total: number = found.total_count;
  const fullName: string | undefined = found.items[0]?.full_name;
  const foundIsTyped: IsAny<typeof found> = false;
  const issue = await github.${m(ROUTES.createIssue)}("octocat", "hello-world", { title: "Found a bug", labels: ["bug"] });
  const issueNumber: number = issue.number;
  const zen: string = await github.${m(ROUTES.zen)}();
  // @ts-expect-error -- q is a required query parameter
  await github.${m(ROUTES.searchRepos)}({ per_page: 2 });
  void [total, fullName, foundIsTyped, issueNumber, zen];
}
`;
}

let operations: SpecOperation[] = [];
let routes = new Map<string, string>();
let generated: GeneratedClient | undefined;
let tsc: TscRun | undefined;
let GitHub: ReturnType<typeof clientClass> | undefined;
let prism: PrismServer | undefined;
let setupError: unknown;
let prismError: unknown;
const timings: Record<string, number> = {};

beforeAll(async () => {
  const started = performance.now();
  const prismStarting = startPrismWithin(SPEC, 60_000).then(
    (server) => {
      prism = server;
      timings.prismStart = Math.round(performance.now() - started);
    },
    (error: unknown) => {
      prismError = error;
    },
  );
  try {
    operations = operationsOf(await readSpec(SPEC));
    generated = await generateInto(GROUP, "github", "GitHub", SPEC);
    timings.generate = generated.ms;
    let phase = performance.now();
    GitHub = clientClass(await loadClient(generated), "GitHub");
    timings.import = Math.round(performance.now() - phase);
    phase = performance.now();
    // Method names are the generator's business: find the ones these tests call by the request each sends.
    const tags = new Set(ROUTE_TAGS);
    routes = await discoverRoutes(GitHub, operations, {}, (path) => tags.has(squash(path.split(".")[0] ?? "")));
    timings.routes = Math.round(performance.now() - phase);
    const consumerFile = await writeConsumer(generated, consumer(method));
    const [run] = await Promise.all([typecheck([`${generated.dir}/index.ts`, consumerFile]), prismStarting]);
    tsc = run;
    timings.tsc = run.ms;
  } catch (error) {
    setupError = error;
    await prismStarting;
  }
}, 240_000);

afterAll(async () => {
  await prism?.stop();
  await removeGroup(GROUP);
  const parts = Object.entries(timings).map(([phase, ms]) => `${phase} ${seconds(ms)}`);
  console.info(`[realworld/github] ${parts.join(", ")}`);
});

function ready<T>(value: T | undefined): T {
  if (setupError !== undefined) throw setupError;
  if (value === undefined) throw new Error("setup did not get this far");
  return value;
}

/** The method (`resource.method`) that sends `route`. */
function method(route: string): string {
  const found = routes.get(route);
  if (found === undefined) throw new Error(`no method sends ${route}; found: ${[...routes].map(([r, m]) => `${r} → ${m}`).join("; ")}`);
  return found;
}

function prismUrl(): string {
  if (prismError !== undefined) throw prismError;
  return ready(prism).url;
}

describe("GitHub REST (3.0.3, 1,223 operations)", () => {
  it("generates client.ts, index.ts and schema.ts", () => {
    expect(ready(generated).files.sort()).toEqual(["client.ts", "index.ts", "schema.ts"]);
    expect(operations.length).toBeGreaterThan(1_000);
  });

  it("gives every tag a resource property, and every operation a method on its tag's resource", () => {
    const client = new (ready(GitHub))({ baseUrl: "http://127.0.0.1:9" });
    const surface = surfaceOf(client);
    const byTag = new Map<string, number>();
    for (const operation of operations) byTag.set(operation.tags[0] ?? "", (byTag.get(operation.tags[0] ?? "") ?? 0) + 1);

    // Each tag (`code-scanning`, `rate-limit`, …) is one property, named after it in any casing.
    const properties = Object.keys(surface.resources);
    const tagOf = new Map(properties.map((property) => [squash(property), property]));
    const missing = [...byTag.keys()].filter((tag) => !tagOf.has(squash(tag)));
    expect(missing, `tags without a resource property (properties: ${properties.join(", ")})`).toEqual([]);
    expect(properties).toHaveLength(byTag.size);

    const counts = Object.fromEntries([...byTag].map(([tag]) => [tag, surface.resources[tagOf.get(squash(tag)) ?? ""]?.length ?? 0]));
    expect(counts).toEqual(Object.fromEntries(byTag));
    const total = Object.values(surface.resources).reduce((sum, methods) => sum + methods.length, 0);
    expect(total).toBe(operations.length);
    expect(total).toBeGreaterThan(1_000);
    expect(surface.root, "every GitHub operation is tagged, so the client itself has no operation methods").toEqual([]);
  });

  it("type-checks with tsc --strict, together with a consumer of its public surface", () => {
    const run = ready(tsc);
    expect(diagnosticsFor(run, ready(generated).dir).join("\n"), "tsc --strict diagnostics").toBe("");
    expect(run.code, run.output.slice(0, 20_000)).toBe(0);
  });
});

describe("GitHub against Prism serving the spec", () => {
  const github = () => new (ready(GitHub))({ baseUrl: prismUrl(), maxRetries: 0, timeout: 20_000 });

  it("searches repositories: a query with spaces and qualifiers, and a typed page of results", async () => {
    const found = (await call(github(), method(ROUTES.searchRepos), { q: "tetris language:assembly", sort: "stars", order: "desc", per_page: 2 })) as {
      total_count: unknown;
      incomplete_results: unknown;
      items: { full_name?: unknown; owner?: { login?: unknown } | null }[];
    };
    expect(typeof found.total_count).toBe("number");
    expect(typeof found.incomplete_results).toBe("boolean");
    expect(Array.isArray(found.items)).toBe(true);
    expect(typeof found.items[0]?.full_name).toBe("string");
    expect(typeof found.items[0]?.owner?.login).toBe("string");
  });

  it("creates an issue (POST, JSON body, 201) and returns the issue", async () => {
    const issue = (await call(github(), method(ROUTES.createIssue), "octocat", "hello-world", {
      title: "Found a bug",
      body: "It crashes",
      labels: ["bug"],
    })) as Record<string, unknown>;
    expect(typeof issue.number).toBe("number");
    expect(typeof issue.title).toBe("string");
    expect(typeof issue.state).toBe("string");
  });

  it("lists a repository's issues with query parameters", async () => {
    const issues = (await call(github(), method(ROUTES.listIssues), "octocat", "hello-world", { state: "open", labels: "bug,ui", per_page: 5 })) as Record<
      string,
      unknown
    >[];
    expect(Array.isArray(issues)).toBe(true);
    expect(typeof issues[0]?.number).toBe("number");
  });

  it("gets a user by name", async () => {
    const user = (await call(github(), method(ROUTES.getUser), "octocat")) as Record<string, unknown>;
    expect(typeof user.login).toBe("string");
    expect(typeof user.id).toBe("number");
  });

  it("returns text/plain and text/html answers as strings", async () => {
    const zen = await call(github(), method(ROUTES.zen));
    expect(typeof zen).toBe("string");
    expect(zen).not.toBe("");
    const html = await call(github(), method(ROUTES.renderMarkdown), { text: "Hello **world**" });
    expect(typeof html).toBe("string");
    expect(html).toMatch(/<\w+/);
  });

  it("is refused by Prism when a required query parameter is missing, as a typed 422 with GitHub's error body", async () => {
    const error = await rejectionOf(call(github(), method(ROUTES.searchRepos), { per_page: 2 }));
    expect(error instanceof APIError ? error.status : errorSummary(error)).toBe(422);
    expect(typeof (error as APIError).body).toBe("object");
    expect(typeof ((error as APIError).body as { message?: unknown }).message).toBe("string");
  });
});

describe("GitHub against a recording node:http server", () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it("encodes path parameters, serializes the body as JSON and sends client and per-request headers", async () => {
    server = await startServer(() => ({ status: 201, body: { id: 1, number: 7, title: "t", state: "open" } }));
    const client = new (ready(GitHub))({ baseUrl: server.url, maxRetries: 0, headers: { authorization: "Bearer ghp_test" } });
    const issue = (await call(
      client,
      method(ROUTES.createIssue),
      "octo cat",
      "hello/world",
      { title: "Found a bug", labels: ["bug"] },
      { headers: { "X-GitHub-Api-Version": "2022-11-28" } },
    )) as Record<string, unknown>;
    expect(issue.number).toBe(7);
    expect(server.requests).toHaveLength(1);
    const request = server.requests[0];
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/repos/octo%20cat/hello%2Fworld/issues");
    expect(request?.headers["content-type"]).toMatch(/^application\/json/);
    expect(request?.headers.authorization).toBe("Bearer ghp_test");
    expect(request?.headers["x-github-api-version"]).toBe("2022-11-28");
    expect(JSON.parse(request?.body ?? "null")).toEqual({ title: "Found a bug", labels: ["bug"] });
  });

  it("puts query parameters in the query string, and only the ones given", async () => {
    server = await startServer(() => ({ status: 200, body: { total_count: 0, incomplete_results: false, items: [] } }));
    const client = new (ready(GitHub))({ baseUrl: server.url, maxRetries: 0 });
    await call(client, method(ROUTES.searchRepos), { q: "tetris language:assembly", per_page: 2 });
    const request = server.requests[0];
    const url = new URL(request?.url ?? "/", server.url);
    expect(request?.method).toBe("GET");
    expect(url.pathname).toBe("/search/repositories");
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: "tetris language:assembly", per_page: "2" });
    expect(request?.body).toBe("");
  });
});
