/**
 * PagePromise over real HTTP: node:http servers on 127.0.0.1 that page the way Slack (cursor),
 * Stripe (starting_after), Jira (startAt), a numbered-page API, GitHub (Link header) and
 * Microsoft Graph (@odata.nextLink) do. Pages are fetched by a small adapter over plain fetch,
 * with one retry on a 5xx, standing in for the transport until the generator wires it.
 */
import { describe, expect, it } from "vitest";
import { APIUserAbortError } from "../../src/core/errors.js";
import { type FetchPage, PagePromise } from "../../src/runtime/page-promise.js";
import { PaginationError } from "../../src/runtime/pagination.js";
import type { PageRequest, PaginationStrategy } from "../../src/runtime/pagination-strategy.js";
import { collect, collectUntilError } from "../helpers/iterate.js";
import { rejectionOf, useScriptedServers } from "../helpers/runtime.js";
import type { RecordedRequest, ReplyHandler, TestServer } from "../helpers/server.js";

const { serve } = useScriptedServers();

interface Item {
  id: string;
  name: string;
}

const ITEMS: Item[] = Array.from({ length: 7 }, (_, index) => ({ id: `item_${index + 1}`, name: `Item ${index + 1} ✓` }));
const SIZE = 3;

/** Plain fetch, JSON bodies, `retries` more attempts on a 5xx; an abort becomes APIUserAbortError, as the transport does. */
function fetchPages<TPage>(server: TestServer, path: string, options: { retries?: number; signal?: AbortSignal } = {}): FetchPage<TPage> {
  return async (request: PageRequest) => {
    const query = new URLSearchParams(Object.entries(request.query).map(([name, value]) => [name, String(value)]));
    const url = request.url ?? `${server.url}${path}${query.size > 0 ? `?${query}` : ""}`;
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, { signal: options.signal });
      } catch (cause) {
        if (options.signal?.aborted) throw new APIUserAbortError({ cause });
        throw cause;
      }
      if (response.status >= 500 && attempt < (options.retries ?? 0)) {
        await response.arrayBuffer();
        continue;
      }
      if (!response.ok) throw new Error(`${response.status} from ${url}`);
      return { data: (await response.json()) as TPage, response, headers: {} };
    }
  };
}

function params(request: RecordedRequest): URLSearchParams {
  return new URL(request.url, "http://server").searchParams;
}

function origin(request: RecordedRequest): string {
  return `http://${request.headers.host}`;
}

interface Style {
  path: string;
  query: Record<string, unknown>;
  strategy: PaginationStrategy;
  /** A server paging `items` this way. */
  serve(items: Item[]): ReplyHandler;
  /** The request targets of the three pages of ITEMS, as the server sees them. */
  targets: string[];
}

const STYLES: Record<string, Style> = {
  "cursor (Slack)": {
    path: "/conversations.list",
    query: { limit: SIZE },
    strategy: { style: "cursor", cursorParam: "cursor", nextCursor: ["response_metadata", "next_cursor"], items: ["channels"] },
    serve: (items) => (request) => {
      const start = Number(params(request).get("cursor")?.slice(1) ?? 0);
      const next = start + SIZE < items.length ? `c${start + SIZE}` : "";
      return { status: 200, body: { ok: true, channels: items.slice(start, start + SIZE), response_metadata: { next_cursor: next } } };
    },
    targets: ["/conversations.list?limit=3", "/conversations.list?limit=3&cursor=c3", "/conversations.list?limit=3&cursor=c6"],
  },
  "after the last item (Stripe)": {
    path: "/v1/customers",
    query: { limit: SIZE },
    strategy: { style: "after", afterParam: "starting_after", idField: "id", hasMore: ["has_more"], items: ["data"] },
    serve: (items) => (request) => {
      const after = params(request).get("starting_after");
      const start = after === null ? 0 : items.findIndex((item) => item.id === after) + 1;
      return { status: 200, body: { object: "list", url: "/v1/customers", data: items.slice(start, start + SIZE), has_more: start + SIZE < items.length } };
    },
    targets: ["/v1/customers?limit=3", "/v1/customers?limit=3&starting_after=item_3", "/v1/customers?limit=3&starting_after=item_6"],
  },
  "offset and limit (Jira)": {
    path: "/rest/api/3/search",
    query: { maxResults: SIZE },
    strategy: { style: "offset", offsetParam: "startAt", limitParam: "maxResults", total: ["total"], items: ["issues"] },
    serve: (items) => (request) => {
      const startAt = Number(params(request).get("startAt") ?? 0);
      return { status: 200, body: { startAt, maxResults: SIZE, total: items.length, issues: items.slice(startAt, startAt + SIZE) } };
    },
    targets: ["/rest/api/3/search?maxResults=3", "/rest/api/3/search?maxResults=3&startAt=3", "/rest/api/3/search?maxResults=3&startAt=6"],
  },
  "page number and size": {
    path: "/items",
    query: { per_page: SIZE },
    strategy: { style: "page", pageParam: "page", sizeParam: "per_page", totalPages: ["total_pages"], items: ["items"] },
    serve: (items) => (request) => {
      const page = Number(params(request).get("page") ?? 1);
      return { status: 200, body: { page, total_pages: Math.ceil(items.length / SIZE), items: items.slice((page - 1) * SIZE, page * SIZE) } };
    },
    targets: ["/items?per_page=3", "/items?per_page=3&page=2", "/items?per_page=3&page=3"],
  },
  "Link header (GitHub)": {
    path: "/orgs/octokit/repos",
    query: { per_page: SIZE },
    strategy: { style: "link", source: "header", items: [] },
    serve: (items) => (request) => {
      const page = Number(params(request).get("page") ?? 1);
      const last = Math.ceil(items.length / SIZE);
      const at = (number: number) => `<${origin(request)}/orgs/octokit/repos?per_page=3&page=${number}>`;
      const links = [page < last ? `${at(page + 1)}; rel="next"` : "", page > 1 ? `${at(page - 1)}; rel="prev"` : "", `${at(last)}; rel="last"`];
      return { status: 200, headers: { link: links.filter(Boolean).join(", ") }, body: items.slice((page - 1) * SIZE, page * SIZE) };
    },
    targets: ["/orgs/octokit/repos?per_page=3", "/orgs/octokit/repos?per_page=3&page=2", "/orgs/octokit/repos?per_page=3&page=3"],
  },
  "next link in the body (Microsoft Graph)": {
    path: "/v1.0/users",
    query: { $top: SIZE },
    strategy: { style: "link", source: ["@odata.nextLink"], items: ["value"] },
    serve: (items) => (request) => {
      const start = Number(params(request).get("$skiptoken") ?? 0);
      const next = start + SIZE < items.length ? { "@odata.nextLink": `${origin(request)}/v1.0/users?$top=3&$skiptoken=${start + SIZE}` } : {};
      return { status: 200, body: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users", value: items.slice(start, start + SIZE), ...next } };
    },
    targets: ["/v1.0/users?%24top=3", "/v1.0/users?$top=3&$skiptoken=3", "/v1.0/users?$top=3&$skiptoken=6"],
  },
};

async function pagesOf(style: Style, items: Item[] = ITEMS, options: { signal?: AbortSignal } = {}) {
  const server = await serve(style.serve(items));
  const promise = new PagePromise<unknown, Item>(
    fetchPages(server, style.path, options),
    style.strategy,
    { query: style.query },
    { origin: server.url, ...options },
  );
  return { server, promise };
}

describe.each(Object.entries(STYLES))("paging by %s", (_name, style) => {
  it("iterates the items of every page, and asks for no page after the last", async () => {
    const { server, promise } = await pagesOf(style);
    expect(await collect(promise)).toEqual(ITEMS);
    expect(server.requests.map((request) => request.url)).toEqual(style.targets);
  });

  it("fetches a page only when the loop gets there", async () => {
    const { server, promise } = await pagesOf(style);
    const taken: Item[] = [];
    for await (const item of promise) {
      taken.push(item);
      expect(server.requests, `while at item ${taken.length}`).toHaveLength(Math.ceil(taken.length / SIZE));
      if (taken.length === SIZE + 1) break;
    }
    expect(taken).toEqual(ITEMS.slice(0, SIZE + 1));
    expect(server.requests).toHaveLength(2);
  });

  it("gives the first page's body unchanged to await, and each page's body to .pages()", async () => {
    const { server, promise } = await pagesOf(style);
    const first = await promise;
    const bodies = await collect(promise.pages());
    expect(bodies).toHaveLength(3);
    expect(bodies[0]).toEqual(first);
    // The first page is fetched once, whether awaited, iterated or both.
    expect(server.requests.map((request) => request.url)).toEqual(style.targets);
  });

  it("ends on an empty first page", async () => {
    const { server, promise } = await pagesOf(style, []);
    expect(await collect(promise)).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });
});

describe("PagePromise", () => {
  const slack = STYLES["cursor (Slack)"]!;
  const github = STYLES["Link header (GitHub)"]!;

  it("ends with the last page when it is full", async () => {
    const { server, promise } = await pagesOf(STYLES["offset and limit (Jira)"]!, ITEMS.slice(0, 6));
    expect(await collect(promise)).toEqual(ITEMS.slice(0, 6));
    expect(server.requests).toHaveLength(2);
  });

  it("gives each page with its Response from .pagesWithResponse()", async () => {
    const { promise } = await pagesOf(github);
    const pages = await collect(promise.pagesWithResponse());
    expect(pages.map((page) => page.response.headers.get("link")?.includes('rel="next"'))).toEqual([true, true, false]);
    expect(pages.map((page) => page.data)).toEqual([ITEMS.slice(0, 3), ITEMS.slice(3, 6), ITEMS.slice(6)]);
  });

  it("retries a failed page through the page function, and goes on", async () => {
    const pages = slack.serve(ITEMS);
    const server = await serve((request, index) => (index === 1 ? { status: 503, body: { ok: false, error: "try again" } } : pages(request, index)));
    const promise = new PagePromise<unknown, Item>(
      fetchPages(server, slack.path, { retries: 1 }),
      slack.strategy,
      { query: slack.query },
      { origin: server.url },
    );
    expect(await collect(promise)).toEqual(ITEMS);
    const targets = server.requests.map((request) => request.url);
    expect(targets).toEqual([slack.targets[0], slack.targets[1], slack.targets[1], slack.targets[2]]);
  });

  it("stops on a repeated cursor with a PaginationError, after the items before it", async () => {
    const server = await serve((request) => ({
      status: 200,
      body: { channels: params(request).has("cursor") ? [ITEMS[1]] : [ITEMS[0]], response_metadata: { next_cursor: "same" } },
    }));
    const promise = new PagePromise<unknown, Item>(fetchPages(server, slack.path), slack.strategy, { query: slack.query }, { origin: server.url });
    const { taken, error } = await collectUntilError(promise);
    expect(taken).toEqual(ITEMS.slice(0, 2));
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).reason).toBe("repeated-request");
    expect(error.message).toBe('Pagination stopped: the server pointed again at a page already fetched (cursor="same").');
    expect(server.requests).toHaveLength(2);
  });

  it("stops after ten empty pages in a row, each with a fresh cursor", async () => {
    const server = await serve((_request, index) => ({ status: 200, body: { channels: [], response_metadata: { next_cursor: `fresh${index}` } } }));
    const promise = new PagePromise<unknown, Item>(fetchPages(server, slack.path), slack.strategy, { query: slack.query }, { origin: server.url });
    const { taken, error } = await collectUntilError(promise);
    expect(taken).toEqual([]);
    expect((error as PaginationError).reason).toBe("empty-pages");
    expect(server.requests).toHaveLength(10);
  });

  it("stops on a Link header pointing back at the first page", async () => {
    const server = await serve((request) => ({
      status: 200,
      headers: { link: `<${origin(request)}/orgs/octokit/repos?per_page=3>; rel="next"` },
      body: [ITEMS[0]],
    }));
    const promise = new PagePromise<unknown, Item>(fetchPages(server, github.path), github.strategy, { query: github.query }, { origin: server.url });
    const error = await rejectionOf(collect(promise));
    expect((error as PaginationError).reason).toBe("repeated-request");
    expect(server.requests).toHaveLength(1);
  });

  it("refuses a next link to another origin, which never hears from the client", async () => {
    const elsewhere = await serve(github.serve(ITEMS));
    const server = await serve(() => ({ status: 200, headers: { link: `<${elsewhere.url}/orgs/octokit/repos?page=2>; rel="next"` }, body: ITEMS.slice(0, 3) }));
    const promise = new PagePromise<unknown, Item>(fetchPages(server, github.path), github.strategy, { query: github.query }, { origin: server.url });
    const { taken, error } = await collectUntilError(promise);
    expect(taken).toEqual(ITEMS.slice(0, 3));
    expect(error).toBeInstanceOf(PaginationError);
    expect(error.message).toBe(`Pagination stopped: the next link leads to ${elsewhere.url}, not to the client's origin ${server.url}.`);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("stops with APIUserAbortError when the signal fires mid-iteration, fetching nothing more", async () => {
    const controller = new AbortController();
    const { server, promise } = await pagesOf(slack, ITEMS, { signal: controller.signal });
    const taken: Item[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const item of promise) {
          taken.push(item);
          if (taken.length === 2) controller.abort();
        }
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(taken).toEqual(ITEMS.slice(0, 2));
    expect(server.requests).toHaveLength(1);
  });

  it("stops with APIUserAbortError when the signal fires while a page is on its way", async () => {
    const controller = new AbortController();
    const pages = slack.serve(ITEMS);
    const server = await serve((request, index) => (index === 1 ? { fault: "stall" } : pages(request, index)));
    const promise = new PagePromise<unknown, Item>(
      fetchPages(server, slack.path, { signal: controller.signal }),
      slack.strategy,
      { query: slack.query },
      {
        origin: server.url,
        signal: controller.signal,
      },
    );
    const taken: Item[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const item of promise) {
          taken.push(item);
          if (taken.length === SIZE) setTimeout(() => controller.abort(), 50);
        }
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(taken).toEqual(ITEMS.slice(0, SIZE));
    expect(server.requests).toHaveLength(2);
  });

  it("can be iterated twice; the pages after the first are fetched again", async () => {
    const { server, promise } = await pagesOf(slack);
    expect(await collect(promise)).toEqual(ITEMS);
    expect(await collect(promise)).toEqual(ITEMS);
    expect(server.requests.map((request) => request.url)).toEqual([...slack.targets, ...slack.targets.slice(1)]);
  });

  it("rejects await and iteration alike when the first page fails", async () => {
    const server = await serve([{ status: 404, body: { message: "no such list" } }]);
    const promise = new PagePromise<unknown, Item>(fetchPages(server, slack.path), slack.strategy, { query: {} }, { origin: server.url });
    expect((await rejectionOf(promise)).message).toBe(`404 from ${server.url}/conversations.list`);
    expect((await rejectionOf(collect(promise))).message).toBe(`404 from ${server.url}/conversations.list`);
    expect(server.requests).toHaveLength(1);
  });
});
