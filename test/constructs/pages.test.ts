// Lists that page, through the client generated from test/fixtures/constructs/pages.yaml, against
// a node:http server that pages each way: `await` gives the first page, `for await` every item.
import { describe, expect, it } from "vitest";
import { APIUserAbortError } from "../../src/core/errors.js";
import { PaginationError } from "../../src/runtime/index.js";
import { collect, collectUntilError } from "../helpers/iterate.js";
import { rejectionOf, useScriptedServers } from "../helpers/runtime.js";
import type { RecordedRequest, ScriptedReply } from "../helpers/server.js";
import { Pages } from "./generated/pages/index.js";

const { serve } = useScriptedServers();

const ids = (from: number, count: number) => Array.from({ length: count }, (_, index) => ({ id: `i${from + index}` }));

function clientFor(url: string): Pages {
  return new Pages({ baseUrl: `${url}/v1`, token: "t0k", maxRetries: 1 });
}

function query(request: RecordedRequest | undefined): Record<string, string> {
  return Object.fromEntries(new URL(request?.url ?? "", "http://x").searchParams);
}

describe("a generated paged method", () => {
  it("cursor: sends each next_cursor back in `cursor`, keeping the caller's parameters, until there is none", async () => {
    const server = await serve([
      { status: 200, body: { items: ids(0, 2), next_cursor: "c2" } },
      { status: 200, body: { items: ids(2, 2), next_cursor: "c3" } },
      { status: 200, body: { items: ids(4, 1), next_cursor: null } },
    ]);
    const items = await collect(clientFor(server.url).items.listByCursor({ limit: 2 }));
    expect(items.map((item) => item.id)).toEqual(["i0", "i1", "i2", "i3", "i4"]);
    expect(server.requests.map(query)).toEqual([{ limit: "2" }, { limit: "2", cursor: "c2" }, { limit: "2", cursor: "c3" }]);
    expect(server.requests.every((request) => request.headers.authorization === "Bearer t0k")).toBe(true);
  });

  it("await gives the first page's body, as a plain call does, and fetches nothing more", async () => {
    const server = await serve([{ status: 200, body: { items: ids(0, 1), next_cursor: "c2" } }]);
    const page = await clientFor(server.url).items.listByCursor();
    expect(page).toEqual({ items: [{ id: "i0" }], next_cursor: "c2" });
    expect(server.requests).toHaveLength(1);
  });

  it("after: sends the last item's id in starting_after until has_more is false", async () => {
    const server = await serve([
      { status: 200, body: { data: ids(0, 2), has_more: true } },
      { status: 200, body: { data: ids(2, 2), has_more: true } },
      { status: 200, body: { data: ids(4, 1), has_more: false } },
    ]);
    const items = await collect(clientFor(server.url).items.listAfter({ limit: 2 }));
    expect(items).toHaveLength(5);
    expect(server.requests.map((request) => query(request).starting_after)).toEqual([undefined, "i1", "i3"]);
  });

  it("offset: advances by the items received until the total is reached", async () => {
    const server = await serve([
      { status: 200, body: { results: ids(0, 2), total: 5 } },
      { status: 200, body: { results: ids(2, 2), total: 5 } },
      { status: 200, body: { results: ids(4, 1), total: 5 } },
    ]);
    const items = await collect(clientFor(server.url).items.listByOffset({ limit: 2 }));
    expect(items.map((item) => item.id)).toEqual(["i0", "i1", "i2", "i3", "i4"]);
    expect(server.requests.map((request) => query(request).offset)).toEqual([undefined, "2", "4"]);
  });

  it("page: counts pages from 1 up to total_pages; .pages() gives each body", async () => {
    const server = await serve([
      { status: 200, body: { records: ids(0, 2), total_pages: 3 } },
      { status: 200, body: { records: ids(2, 2), total_pages: 3 } },
      { status: 200, body: { records: ids(4, 2), total_pages: 3 } },
    ]);
    const pages = await collect(clientFor(server.url).items.listByPage({ per_page: 2 }).pages());
    expect(pages.map((page) => page.records?.length)).toEqual([2, 2, 2]);
    expect(server.requests.map((request) => query(request).page)).toEqual([undefined, "2", "3"]);
  });

  it("Link header: follows rel=next on the client's origin, with credentials, until there is no next", async () => {
    const server = await serve((_request, index): ScriptedReply => {
      const headers: Record<string, string> =
        index < 2 ? { link: `</v1/linked?per_page=2&page=${index + 2}>; rel="next", </v1/linked?page=1>; rel="first"` } : {};
      return { status: 200, body: ids(index * 2, 2), headers };
    });
    const items = await collect(clientFor(server.url).items.listLinked({ per_page: 2 }));
    expect(items).toHaveLength(6);
    expect(server.requests.map((request) => request.url)).toEqual(["/v1/linked?per_page=2", "/v1/linked?per_page=2&page=2", "/v1/linked?per_page=2&page=3"]);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(["Bearer t0k", "Bearer t0k", "Bearer t0k"]);
  });

  it("body link: follows @odata.nextLink, and refuses one to another origin", async () => {
    const server = await serve((_request, index) => ({
      status: 200,
      body:
        index === 0
          ? { value: ids(0, 1), "@odata.nextLink": `${server.url}/v1/odata?$skiptoken=2` }
          : { value: ids(1, 1), "@odata.nextLink": "https://elsewhere.example/v1/odata" },
    }));
    const { taken, error } = await collectUntilError(clientFor(server.url).items.listOData());
    expect(taken.map((item) => item.id)).toEqual(["i0", "i1"]);
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).reason).toBe("cross-origin-link");
    expect(server.requests.map((request) => request.url)).toEqual(["/v1/odata", "/v1/odata?$skiptoken=2"]);
  });

  it("retries a failed page, and stops on a repeated cursor with PaginationError", async () => {
    const server = await serve([
      { status: 200, body: { items: ids(0, 1), next_cursor: "c2" } },
      { status: 503, body: { message: "busy" } },
      { status: 200, body: { items: ids(1, 1), next_cursor: "c2" } },
    ]);
    const { taken, error } = await collectUntilError(clientFor(server.url).items.listByCursor());
    expect(taken).toHaveLength(2);
    expect(error).toBeInstanceOf(PaginationError);
    expect(server.requests).toHaveLength(3);
  });

  it("an empty first page is an empty list", async () => {
    const server = await serve([{ status: 200, body: { items: [], next_cursor: null } }]);
    expect(await collect(clientFor(server.url).items.listByCursor())).toEqual([]);
  });

  it("stops with APIUserAbortError when the signal fires mid-iteration, fetching no further page", async () => {
    const server = await serve([
      { status: 200, body: { items: ids(0, 2), next_cursor: "c2" } },
      { status: 200, body: { items: ids(2, 2), next_cursor: "c3" } },
    ]);
    const controller = new AbortController();
    const taken: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const item of clientFor(server.url).items.listByCursor({}, { signal: controller.signal })) {
          taken.push(item.id);
          if (taken.length === 3) controller.abort();
        }
      })(),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(taken).toEqual(["i0", "i1", "i2"]);
    expect(server.requests).toHaveLength(2);
  });

  it("a list that does not page stays a plain call", async () => {
    const server = await serve([{ status: 200, body: ["a", "b"] }]);
    const tags = clientFor(server.url).items.listTags();
    expect(Symbol.asyncIterator in tags).toBe(false);
    expect(await tags).toEqual(["a", "b"]);
  });
});
