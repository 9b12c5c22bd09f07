// GitHub's real description (@octokit/openapi) declares response headers: `X-RateLimit-*` on
// `rate-limit/get` (through `$ref`s to components/headers, typed integer) and `Link` on its lists.
// The client generated from it types them and parses them from a node:http server that answers
// as api.github.com does.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server.js";
import { clientClass, type GeneratedClient, generateInto, loadClient, removeGroup } from "./harness.js";

const GROUP = "github-headers";
const SPEC = "node_modules/@octokit/openapi/generated/api.github.com.json";

interface WithHeaders {
  withResponse(): Promise<{ data: unknown; response: Response; headers: Record<string, unknown> }>;
}
interface GitHubClient {
  rateLimit: { get(): WithHeaders };
  repos: { listForOrg(org: string, params?: Record<string, unknown>): WithHeaders };
}

let generated: GeneratedClient | undefined;
let GitHub: ReturnType<typeof clientClass> | undefined;
let server: TestServer | undefined;

beforeAll(async () => {
  generated = await generateInto(GROUP, "github", "GitHub", SPEC);
  GitHub = clientClass(await loadClient(generated), "GitHub");
  server = await startServer((request) => {
    if (request.url.startsWith("/rate_limit")) {
      // As api.github.com writes them: lower case on the wire, the reset in epoch seconds.
      const headers = { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "4999", "x-ratelimit-reset": "1590701888", "x-ratelimit-used": "1" };
      return { status: 200, headers, body: { resources: {}, rate: { limit: 5000, remaining: 4999, reset: 1590701888, used: 1 } } };
    }
    return { status: 200, headers: { link: `<${server?.url}/orgs/octokit/repos?page=2>; rel="next"` }, body: [] };
  });
}, 240_000);

afterAll(async () => {
  await server?.close();
  await removeGroup(GROUP);
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
    const { headers } = await github.repos.listForOrg("octokit").withResponse();
    expect(headers).toStrictEqual({ Link: `<${server.url}/orgs/octokit/repos?page=2>; rel="next"` });
  });
});
