/**
 * The pure parts of paging: reading RFC 8288 Link headers, and deciding from one page the
 * request for the next, or that it was the last. Tables of `[name, { given, want }]`.
 */
import { describe, expect, it } from "vitest";
import { findLink, type Link, parseLinkHeader } from "../../src/runtime/link-header.js";
import { nextPageRequest, type PaginationErrorReason, PaginationError, pageItems, pageRequestKey } from "../../src/runtime/pagination.js";
import type { PageRequest, PaginationStrategy } from "../../src/runtime/pagination-strategy.js";

describe("parseLinkHeader (RFC 8288 §3)", () => {
  const link = (uri: string, rel: string[], params: Record<string, string>): Link => ({ uri, rel, params });
  const table: [string, { given: string; want: Link[] }][] = [
    [
      "GitHub's header: several links, quoted rel",
      {
        given: '<https://api.github.com/orgs/o/repos?page=2>; rel="next", <https://api.github.com/orgs/o/repos?page=5>; rel="last"',
        want: [
          link("https://api.github.com/orgs/o/repos?page=2", ["next"], { rel: "next" }),
          link("https://api.github.com/orgs/o/repos?page=5", ["last"], { rel: "last" }),
        ],
      },
    ],
    ["an unquoted rel token", { given: "</p?page=2>;rel=next", want: [link("/p?page=2", ["next"], { rel: "next" })] }],
    ["a rel list, in any case", { given: '</p/2>; rel="Next   LAST"', want: [link("/p/2", ["next", "last"], { rel: "Next   LAST" })] }],
    [
      "quoted params holding commas, semicolons and escapes",
      {
        given: '</a>; title="one, two; \\"three\\""; rel="next", </b>; rel=prev',
        want: [link("/a", ["next"], { title: 'one, two; "three"', rel: "next" }), link("/b", ["prev"], { rel: "prev" })],
      },
    ],
    ["a repeated rel: the first counts", { given: "</a>; rel=next; rel=prev", want: [link("/a", ["next"], { rel: "next" })] }],
    ["parameter names are case-insensitive", { given: '</a>; REL=next; Type="text/html"', want: [link("/a", ["next"], { rel: "next", type: "text/html" })] }],
    ["a parameter without a value", { given: "</a>; crossorigin; rel=next", want: [link("/a", ["next"], { crossorigin: "", rel: "next" })] }],
    ["whitespace around everything", { given: '  <  /a  >  ;  rel  =  "next"  ,  ', want: [link("/a", ["next"], { rel: "next" })] }],
    ["a link without rel has none", { given: "</a>", want: [link("/a", [], {})] }],
    ["a malformed link-value is skipped, the next one read", { given: 'garbage; rel=next, </b>; rel="next"', want: [link("/b", ["next"], { rel: "next" })] }],
    [
      "junk after the params is skipped up to the comma",
      { given: "</a>; rel=next junk, </b>; rel=last", want: [link("/a", ["next"], { rel: "next" }), link("/b", ["last"], { rel: "last" })] },
    ],
    ["an unclosed <", { given: "</a; rel=next", want: [] }],
    ["an empty header", { given: "", want: [] }],
  ];
  it.each(table)("%s", (_name, { given, want }) => {
    expect(parseLinkHeader(given)).toEqual(want);
  });

  it("keeps a parameter named __proto__ as a parameter", () => {
    const [parsed] = parseLinkHeader('</a>; __proto__="x"; rel=next');
    expect(Object.getPrototypeOf(parsed?.params)).toBe(Object.prototype);
    expect(parsed?.params).toHaveProperty("__proto__", "x");
  });

  it("finds the next link among others, or none", () => {
    expect(findLink('</1>; rel="prev", </3>; rel="next last"', "next")).toBe("/3");
    expect(findLink('</1>; rel="prev"', "next")).toBeUndefined();
    expect(findLink(null, "next")).toBeUndefined();
  });
});

const ORIGIN = "https://api.example.com";

interface Case {
  strategy: PaginationStrategy;
  query?: Record<string, unknown>;
  body: unknown;
  headers?: Record<string, string>;
  /** The URL the page came from. @default `${ORIGIN}/list` */
  url?: string;
  /** Requests made before (their keys), for repeats. */
  seen?: PageRequest[];
  /** Items on the pages so far. @default this page's */
  itemCount?: number;
  /** @default 1 on an empty page, else 0 */
  emptyPagesInARow?: number;
  want: PageRequest | undefined | { error: PaginationErrorReason };
}

function decide(given: Case): PageRequest | undefined | { error: PaginationErrorReason } {
  const current: PageRequest = { query: given.query ?? {} };
  const seen = new Set((given.seen ?? []).map(pageRequestKey));
  const count = pageItems(given.strategy, given.body).length;
  try {
    return nextPageRequest(
      given.strategy,
      current,
      { body: given.body, headers: new Headers(given.headers), url: given.url ?? `${ORIGIN}/list` },
      { origin: ORIGIN, seen, itemCount: given.itemCount ?? count, emptyPagesInARow: given.emptyPagesInARow ?? (count === 0 ? 1 : 0) },
    );
  } catch (error) {
    if (error instanceof PaginationError) return { error: error.reason };
    throw error;
  }
}

const slack: PaginationStrategy = { style: "cursor", cursorParam: "cursor", nextCursor: ["response_metadata", "next_cursor"], items: ["channels"] };
const stripe: PaginationStrategy = { style: "after", afterParam: "starting_after", idField: "id", hasMore: ["has_more"], items: ["data"] };
const jira: PaginationStrategy = { style: "offset", offsetParam: "startAt", limitParam: "maxResults", total: ["total"], items: ["issues"] };
const numbered: PaginationStrategy = { style: "page", pageParam: "page", sizeParam: "per_page", totalPages: ["total_pages"], items: ["items"] };
const counted: PaginationStrategy = { style: "page", pageParam: "page", sizeParam: "size", total: ["total"], firstPage: 0, items: ["results"] };
const github: PaginationStrategy = { style: "link", source: "header", items: [] };
const graph: PaginationStrategy = { style: "link", source: ["@odata.nextLink"], items: ["value"] };

describe("nextPageRequest", () => {
  const table: [string, Case][] = [
    // cursor
    [
      "cursor: sends the next cursor back, keeping the other parameters",
      {
        strategy: slack,
        query: { limit: 2, types: "public" },
        body: { channels: [1, 2], response_metadata: { next_cursor: "dXNlcjpVMDYx" } },
        want: { query: { limit: 2, types: "public", cursor: "dXNlcjpVMDYx" } },
      },
    ],
    [
      "cursor: an empty next cursor ends",
      { strategy: slack, query: { cursor: "a" }, body: { channels: [1], response_metadata: { next_cursor: "" } }, want: undefined },
    ],
    ["cursor: no response_metadata ends", { strategy: slack, body: { channels: [1] }, want: undefined }],
    [
      "cursor: an empty page with a cursor goes on (Slack filters pages)",
      { strategy: slack, body: { channels: [], response_metadata: { next_cursor: "c2" } }, want: { query: { cursor: "c2" } } },
    ],
    [
      "cursor: the tenth empty page in a row stops even with a fresh cursor",
      { strategy: slack, body: { channels: [], response_metadata: { next_cursor: "c11" } }, emptyPagesInARow: 10, want: { error: "empty-pages" } },
    ],
    [
      "cursor: has_more false ends despite a cursor",
      { strategy: { ...slack, hasMore: ["has_more"] }, body: { channels: [1], has_more: false, response_metadata: { next_cursor: "c2" } }, want: undefined },
    ],
    [
      "cursor: the same cursor again is a repeat",
      {
        strategy: slack,
        query: { cursor: "c1" },
        body: { channels: [1], response_metadata: { next_cursor: "c1" } },
        seen: [{ query: { cursor: "c1" } }],
        want: { error: "repeated-request" },
      },
    ],
    [
      "cursor: an earlier cursor again is a repeat",
      {
        strategy: slack,
        query: { cursor: "c2" },
        body: { channels: [1], response_metadata: { next_cursor: "c1" } },
        seen: [{ query: {} }, { query: { cursor: "c1" } }, { query: { cursor: "c2" } }],
        want: { error: "repeated-request" },
      },
    ],
    // after
    [
      "after: the last item's id goes into starting_after",
      {
        strategy: stripe,
        query: { limit: 2 },
        body: { data: [{ id: "cus_1" }, { id: "cus_2" }], has_more: true },
        want: { query: { limit: 2, starting_after: "cus_2" } },
      },
    ],
    ["after: has_more false ends", { strategy: stripe, body: { data: [{ id: "cus_1" }], has_more: false }, want: undefined }],
    ["after: an empty page ends", { strategy: stripe, body: { data: [], has_more: true }, want: undefined }],
    ["after: a last item without an id is an error", { strategy: stripe, body: { data: [{ name: "x" }], has_more: true }, want: { error: "missing-id" } }],
    // offset
    [
      "offset: advances by the items received",
      { strategy: jira, query: { startAt: 0, maxResults: 2 }, body: { issues: [1, 2], total: 5 }, want: { query: { startAt: 2, maxResults: 2 } } },
    ],
    [
      "offset: without a total, a page shorter than the limit ends",
      { strategy: { ...jira, total: undefined }, query: { maxResults: 1000 }, body: { issues: [1, 2, 3] }, want: undefined },
    ],
    [
      "offset: with a total, a page the server capped below the limit goes on",
      { strategy: jira, query: { maxResults: 1000 }, body: { issues: [1, 2, 3], total: 7 }, want: { query: { maxResults: 1000, startAt: 3 } } },
    ],
    ["offset: total reached ends", { strategy: jira, query: { startAt: 4, maxResults: 2 }, body: { issues: [5, 6], total: 6 }, want: undefined }],
    ["offset: a short page ends", { strategy: { ...jira, total: undefined }, query: { startAt: 4, maxResults: 3 }, body: { issues: [5] }, want: undefined }],
    ["offset: an empty page ends", { strategy: jira, query: { startAt: 2 }, body: { issues: [], total: 99 }, want: undefined }],
    [
      "offset: numbers given as strings",
      { strategy: jira, query: { startAt: "2", maxResults: "2" }, body: { issues: [3, 4], total: "10" }, want: { query: { startAt: 4, maxResults: "2" } } },
    ],
    // page
    [
      "page: the page after the default first",
      { strategy: numbered, query: { per_page: 2 }, body: { items: [1, 2], total_pages: 3 }, want: { query: { per_page: 2, page: 2 } } },
    ],
    ["page: the last of total_pages ends", { strategy: numbered, query: { page: 3, per_page: 2 }, body: { items: [5, 6], total_pages: 3 }, want: undefined }],
    ["page: a short page ends", { strategy: numbered, query: { page: 1, per_page: 5 }, body: { items: [1, 2] }, want: undefined }],
    [
      "page: zero-based, the total reached by the items so far ends",
      { strategy: counted, query: { page: 2, size: 3 }, body: { results: [7], total: 7 }, itemCount: 7, want: undefined },
    ],
    [
      "page: zero-based, a total not yet reached goes on, even past a capped page",
      { strategy: counted, query: { size: 500 }, body: { results: [1, 2], total: 3 }, want: { query: { size: 500, page: 1 } } },
    ],
    [
      "page: no size, no total: only an empty page ends",
      { strategy: { style: "page", pageParam: "p", items: [] }, query: { p: 4 }, body: [1], want: { query: { p: 5 } } },
    ],
    // link
    [
      "link header: follows rel=next",
      {
        strategy: github,
        body: [1],
        headers: { link: `<${ORIGIN}/list?page=2>; rel="next", <${ORIGIN}/list?page=9>; rel="last"` },
        want: { query: {}, url: `${ORIGIN}/list?page=2` },
      },
    ],
    [
      "link header: a relative link is resolved against the page's URL",
      {
        strategy: github,
        body: [1],
        url: `${ORIGIN}/v1/list?page=1`,
        headers: { link: '<list?page=2>; rel="next"' },
        want: { query: {}, url: `${ORIGIN}/v1/list?page=2` },
      },
    ],
    ["link header: none ends", { strategy: github, body: [1], headers: { link: `<${ORIGIN}/list?page=1>; rel="prev"` }, want: undefined }],
    [
      "link header: another origin is refused",
      { strategy: github, body: [1], headers: { link: '<https://evil.example/list?page=2>; rel="next"' }, want: { error: "cross-origin-link" } },
    ],
    [
      "link header: another scheme is another origin",
      { strategy: github, body: [1], headers: { link: '<http://api.example.com/list?page=2>; rel="next"' }, want: { error: "cross-origin-link" } },
    ],
    [
      "link header: a link already followed is a repeat",
      {
        strategy: github,
        body: [1],
        headers: { link: `<${ORIGIN}/list?page=1>; rel="next"` },
        seen: [{ query: {}, url: `${ORIGIN}/list?page=1` }],
        want: { error: "repeated-request" },
      },
    ],
    [
      "link in the body: @odata.nextLink",
      { strategy: graph, body: { value: [1], "@odata.nextLink": `${ORIGIN}/users?$skiptoken=X` }, want: { query: {}, url: `${ORIGIN}/users?$skiptoken=X` } },
    ],
    ["link in the body: absent ends", { strategy: graph, body: { value: [1] }, want: undefined }],
    [
      "link in the body: null ends",
      { strategy: { style: "link", source: ["links", "next"], items: ["data"] }, body: { data: [1], links: { next: null } }, want: undefined },
    ],
    ["link in the body: not a URL is an error", { strategy: graph, body: { value: [1], "@odata.nextLink": "http://[bad" }, want: { error: "invalid-link" } }],
  ];
  it.each(table)("%s", (_name, given) => {
    expect(decide(given)).toEqual(given.want);
  });
});

describe("pageItems", () => {
  it("reads the items at their path, [] being the body itself", () => {
    expect(pageItems(github, [1, 2])).toEqual([1, 2]);
    expect(pageItems(slack, { channels: ["a"] })).toEqual(["a"]);
    expect(pageItems({ style: "cursor", cursorParam: "c", nextCursor: ["n"], items: ["meta", "list"] }, { meta: { list: [true] } })).toEqual([true]);
  });

  it("takes a missing or null list as an empty page, and refuses anything else", () => {
    expect(pageItems(slack, {})).toEqual([]);
    expect(pageItems(slack, { channels: null })).toEqual([]);
    expect(() => pageItems(slack, { channels: "oops" })).toThrow(new PaginationError("not-a-list", 'Expected the page\'s items at "channels", found string.'));
  });
});
