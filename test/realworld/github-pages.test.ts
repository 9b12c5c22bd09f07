// GitHub's real description (@octokit/openapi) pages its lists with a Link header: the client
// generated from it iterates `repos.listForOrg` across three pages from a node:http server that
// answers as api.github.com does (RFC 8288 `Link: <…>; rel="next"`, absolute URLs on its origin).
// It also declares response headers: `X-RateLimit-*` on `rate-limit/get` (through `$ref`s to
// components/headers, typed integer) and `Link` on its lists, typed and parsed by the same client
// (one generation of the 13 MB spec serves both).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server.js";
import { clientClass, type GeneratedClient, generateInto, loadClient, removeGroup } from "./harness.js";

const GROUP = "github-pages";
const SPEC = "node_modules/@octokit/openapi/generated/api.github.com.json";

interface Repo {
  id: number;
  full_name: string;
}
interface WithHeaders {
  withResponse(): Promise<{ data: unknown; response: Response; headers: Record<string, unknown> }>;
}
interface ListForOrg extends PromiseLike<Repo[]>, AsyncIterable<Repo>, WithHeaders {
  pages(): AsyncIterable<Repo[]>;
}
interface GitHubClient {
  rateLimit: { get(): WithHeaders };
  repos: { listForOrg(org: string, params?: Record<string, unknown>, options?: Record<string, unknown>): ListForOrg };
}

let generated: GeneratedClient | undefined;
let GitHub: ReturnType<typeof clientClass> | undefined;
let server: TestServer | undefined;

const repos = (page: number) => [1, 2].map((n) => ({ id: page * 10 + n, full_name: `octokit/repo-${page}-${n}` }));

beforeAll(async () => {
  generated = await generateInto(GROUP, "github", "GitHub", SPEC);
  GitHub = clientClass(await loadClient(generated), "GitHub");
  server = await startServer((request) => {
    if (request.url.startsWith("/rate_limit")) {
      // As api.github.com writes them: lower case on the wire, the reset in epoch seconds.
      const headers = { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "4999", "x-ratelimit-reset": "1590701888", "x-ratelimit-used": "1" };
      return { status: 200, headers, body: { resources: {}, rate: { limit: 5000, remaining: 4999, reset: 1590701888, used: 1 } } };
    }
    const page = Number(new URL(request.url, "http://x").searchParams.get("page") ?? "1");
    const at = (n: number) => `<${server?.url}/orgs/octokit/repos?per_page=2&page=${n}>`;
    const links = page < 3 ? `${at(page + 1)}; rel="next", ${at(3)}; rel="last"` : `${at(1)}; rel="first", ${at(2)}; rel="prev"`;
    return { status: 200, headers: { link: links }, body: repos(page) };
  });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await removeGroup(GROUP);
});

describe("GitHub: repos.listForOrg", () => {
  it("iterates the repositories of three pages by the Link header, the client's headers on each request", async () => {
    if (GitHub === undefined || server === undefined) throw new Error("setup failed");
    const github = new GitHub({ baseUrl: server.url, headers: { authorization: "Bearer ghp_test" }, maxRetries: 0 }) as unknown as GitHubClient;
    const names: string[] = [];
    for await (const repo of github.repos.listForOrg("octokit", { per_page: 2 })) names.push(repo.full_name);
    expect(names).toEqual(["octokit/repo-1-1", "octokit/repo-1-2", "octokit/repo-2-1", "octokit/repo-2-2", "octokit/repo-3-1", "octokit/repo-3-2"]);
    const urls = server.requests.map((request) => request.url);
    expect(urls).toEqual(["/orgs/octokit/repos?per_page=2", "/orgs/octokit/repos?per_page=2&page=2", "/orgs/octokit/repos?per_page=2&page=3"]);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(["Bearer ghp_test", "Bearer ghp_test", "Bearer ghp_test"]);
  });

  it("await gives the first page's array, as before", async () => {
    if (GitHub === undefined || server === undefined) throw new Error("setup failed");
    const github = new GitHub({ baseUrl: server.url, maxRetries: 0 }) as unknown as GitHubClient;
    expect(await github.repos.listForOrg("octokit", { per_page: 2 })).toEqual(repos(1));
  });
});

describe("GitHub: declared response headers", () => {
  it("types rate-limit/get's X-RateLimit-* as numbers, from components/headers", async () => {
    if (generated === undefined) throw new Error("setup failed");
    const source = await readFile(join(generated.dir, "client.ts"), "utf8");
    const declaration = /export interface RateLimitGetHeaders \{[^}]*\}/.exec(source)?.[0] ?? "";
    expect(declaration.replace(/\s+/g, " ")).toBe(
      'export interface RateLimitGetHeaders { "X-RateLimit-Limit"?: number; "X-RateLimit-Remaining"?: number; "X-RateLimit-Reset"?: number; }',
    );
  });

  it("parses them from the response, whatever their case on the wire; undeclared ones stay on response.headers", async () => {
    if (GitHub === undefined || server === undefined) throw new Error("setup failed");
    const github = new GitHub({ baseUrl: server.url, maxRetries: 0 }) as unknown as GitHubClient;
    const { headers, response } = await github.rateLimit.get().withResponse();
    expect(headers).toStrictEqual({ "X-RateLimit-Limit": 5000, "X-RateLimit-Remaining": 4999, "X-RateLimit-Reset": 1590701888 });
    expect(response.headers.get("x-ratelimit-used")).toBe("1");
  });

  it("gives a list's Link header", async () => {
    if (GitHub === undefined || server === undefined) throw new Error("setup failed");
    const github = new GitHub({ baseUrl: server.url, maxRetries: 0 }) as unknown as GitHubClient;
    const { headers } = await github.repos.listForOrg("octokit", { per_page: 2 }).withResponse();
    const at = (n: number) => `<${server?.url}/orgs/octokit/repos?per_page=2&page=${n}>`;
    expect(headers).toStrictEqual({ Link: `${at(2)}; rel="next", ${at(3)}; rel="last"` });
  });
});
