// How a page is recognised from the spec alone (scripts/model/pagination-detect.ts): each rule
// with a tiny spec that has just what the rule reads, and the near misses it must not take.
import { describe, expect, it } from "vitest";
import { operationsOf } from "../../scripts/document/operations.js";
import { paginationOf } from "../../scripts/model/pagination.js";
import type { PaginationStrategy } from "../../src/runtime/pagination-strategy.js";

type Json = Record<string, unknown>;

interface ListSpec {
  /** Query parameters: name → schema. */
  query?: Record<string, Json>;
  /** The 200 response's JSON schema. */
  body?: Json;
  /** Declared response headers. */
  headers?: string[];
  method?: string;
  components?: Json;
}

/** A document with one operation, `GET /things` unless told. */
function spec({ query = {}, body, headers = [], method = "get", components = {} }: ListSpec): Json {
  const response: Json = { description: "ok" };
  if (body !== undefined) response.content = { "application/json": { schema: body } };
  if (headers.length > 0) response.headers = Object.fromEntries(headers.map((name) => [name, { schema: { type: "string" } }]));
  const parameters = Object.entries(query).map(([name, schema]) => ({ name, in: "query", schema }));
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: { "/things": { [method]: { operationId: "listThings", parameters, responses: { "200": response } } } },
    components,
  };
}

function detect(document: Json): PaginationStrategy | undefined {
  const [entry] = operationsOf(document);
  if (entry === undefined) throw new Error("no operation");
  return paginationOf(document, entry, undefined).strategy;
}

const str = { type: "string" };
const int = { type: "integer" };
const things = { type: "array", items: { type: "object", properties: { id: str } } };
const object = (properties: Json): Json => ({ type: "object", properties });

const cases: [string, { given: ListSpec; want: PaginationStrategy | undefined }][] = [
  // Items
  ["items: a top-level array", { given: { query: { cursor: str }, body: things, headers: ["Link"] }, want: { style: "link", source: "header", items: [] } }],
  [
    "items: a conventional name wins over other arrays",
    {
      given: { body: object({ tags: { type: "array", items: str }, results: things }), headers: ["link"] },
      want: { style: "link", source: "header", items: ["results"] },
    },
  ],
  [
    "items: the only array property",
    {
      given: { body: object({ channels: things, ok: { type: "boolean" } }), headers: ["Link"] },
      want: { style: "link", source: "header", items: ["channels"] },
    },
  ],
  [
    "items: of several arrays, the only one of objects",
    {
      given: { body: object({ warnings: { type: "array", items: str }, issues: things }), headers: ["Link"] },
      want: { style: "link", source: "header", items: ["issues"] },
    },
  ],
  ["no items: two arrays of objects, neither conventionally named", { given: { body: object({ a: things, b: things }), headers: ["Link"] }, want: undefined }],
  [
    "no items: no array at all, whatever the parameters",
    { given: { query: { cursor: str }, body: object({ next_cursor: str, thing: object({}) }) }, want: undefined },
  ],
  // Next links
  [
    "link: a declared Link header, whatever its case",
    { given: { query: { page: int }, body: things, headers: ["LINK"] }, want: { style: "link", source: "header", items: [] } },
  ],
  [
    "link: @odata.nextLink",
    {
      given: { query: { $top: int, $skip: int }, body: object({ value: things, "@odata.nextLink": { type: ["string", "null"] } }) },
      want: { style: "link", source: ["@odata.nextLink"], items: ["value"] },
    },
  ],
  [
    "link: links.next",
    { given: { body: object({ data: things, links: object({ next: str, prev: str }) }) }, want: { style: "link", source: ["links", "next"], items: ["data"] } },
  ],
  [
    "link: `next` when it is a uri",
    { given: { body: object({ values: things, next: { type: "string", format: "uri" } }) }, want: { style: "link", source: ["next"], items: ["values"] } },
  ],
  // Cursors
  [
    "cursor: response_metadata.next_cursor sent back in `cursor`",
    {
      given: { query: { limit: int, cursor: str }, body: object({ channels: things, response_metadata: object({ next_cursor: str }) }) },
      want: { style: "cursor", cursorParam: "cursor", nextCursor: ["response_metadata", "next_cursor"], items: ["channels"] },
    },
  ],
  [
    "cursor: nextPageToken into pageToken",
    {
      given: { query: { pageToken: str }, body: object({ items: things, nextPageToken: str }) },
      want: { style: "cursor", cursorParam: "pageToken", nextCursor: ["nextPageToken"], items: ["items"] },
    },
  ],
  [
    "cursor: meta.next_cursor, with has_more",
    {
      given: { query: { after: str }, body: object({ data: things, has_more: { type: "boolean" }, meta: object({ next_cursor: str }) }) },
      want: { style: "cursor", cursorParam: "after", nextCursor: ["meta", "next_cursor"], hasMore: ["has_more"], items: ["data"] },
    },
  ],
  [
    "cursor: `next` that is not a uri",
    {
      given: { query: { cursor: str }, body: object({ data: things, next: str }) },
      want: { style: "cursor", cursorParam: "cursor", nextCursor: ["next"], items: ["data"] },
    },
  ],
  [
    "cursor: Stripe's search sends `next_page` back in a string `page`",
    {
      given: { query: { page: str, limit: int }, body: object({ data: things, next_page: { type: "string", nullable: true }, has_more: { type: "boolean" } }) },
      want: { style: "cursor", cursorParam: "page", nextCursor: ["next_page"], hasMore: ["has_more"], items: ["data"] },
    },
  ],
  ["no cursor: a body cursor with nowhere to send it", { given: { query: { limit: int }, body: object({ data: things, next_cursor: str }) }, want: undefined }],
  ["no cursor: a cursor parameter with no cursor in the body", { given: { query: { cursor: str }, body: things }, want: undefined }],
  [
    "no cursor: an integer `page` does not take a string cursor",
    { given: { query: { page: int }, body: object({ data: things, next_page: str }) }, want: { style: "page", pageParam: "page", items: ["data"] } },
  ],
  // After the last item
  [
    "after: has_more and starting_after, items with an id",
    {
      given: { query: { limit: int, starting_after: str, ending_before: str }, body: object({ data: things, has_more: { type: "boolean" }, url: str }) },
      want: { style: "after", afterParam: "starting_after", idField: "id", hasMore: ["has_more"], items: ["data"] },
    },
  ],
  [
    "after: items that are one of several types, each with an id",
    {
      given: {
        query: { starting_after: str },
        body: object({
          data: { type: "array", items: { anyOf: [object({ id: str }), object({ id: str, deleted: { type: "boolean" } })] } },
          has_more: { type: "boolean" },
        }),
      },
      want: { style: "after", afterParam: "starting_after", idField: "id", hasMore: ["has_more"], items: ["data"] },
    },
  ],
  [
    "no after: items without an id",
    {
      given: { query: { starting_after: str }, body: object({ data: { type: "array", items: object({ name: str }) }, has_more: { type: "boolean" } }) },
      want: undefined,
    },
  ],
  ["no after: no has_more", { given: { query: { starting_after: str }, body: object({ data: things }) }, want: undefined }],
  // Offset and limit
  [
    "offset: offset/limit ending on total",
    {
      given: { query: { offset: int, limit: int }, body: object({ results: things, total: int }) },
      want: { style: "offset", offsetParam: "offset", limitParam: "limit", total: ["total"], items: ["results"] },
    },
  ],
  [
    "offset: Jira's startAt/maxResults, even typed as strings",
    {
      given: { query: { startAt: str, maxResults: str }, body: object({ values: things, total: int, isLast: { type: "boolean" } }) },
      want: { style: "offset", offsetParam: "startAt", limitParam: "maxResults", total: ["total"], items: ["values"] },
    },
  ],
  [
    "offset: a top-level array ends on a short page",
    { given: { query: { skip: int, count: int }, body: things }, want: { style: "offset", offsetParam: "skip", limitParam: "count", items: [] } },
  ],
  [
    "no offset: `start` typed as a string may be a date",
    { given: { query: { start: { type: "string", format: "date" }, limit: int }, body: things }, want: undefined },
  ],
  ["no offset: an offset without a limit", { given: { query: { offset: int }, body: things }, want: undefined }],
  // Page and size
  [
    "page: page/per_page ending on total_pages",
    {
      given: { query: { page: int, per_page: int }, body: object({ items: things, total_pages: int, total_count: int }) },
      want: { style: "page", pageParam: "page", sizeParam: "per_page", totalPages: ["total_pages"], total: ["total_count"], items: ["items"] },
    },
  ],
  [
    "page: pageNumber/pageSize counting from 0",
    {
      given: { query: { pageNumber: { type: "integer", minimum: 0 }, pageSize: int }, body: things },
      want: { style: "page", pageParam: "pageNumber", sizeParam: "pageSize", firstPage: 0, items: [] },
    },
  ],
  [
    "page: Slack's legacy paging.pages",
    {
      given: { query: { page: int, count: int }, body: object({ items: things, paging: object({ pages: int, total: int }) }) },
      want: { style: "page", pageParam: "page", sizeParam: "count", totalPages: ["paging", "pages"], total: ["paging", "total"], items: ["items"] },
    },
  ],
  // What is never a page
  [
    "not a GET: a POST with a cursor parameter",
    { given: { method: "post", query: { cursor: str }, body: object({ data: things, next_cursor: str }) }, want: undefined },
  ],
  ["no JSON body", { given: { query: { page: int } }, want: undefined }],
  ["a plain list without paging parameters or links", { given: { query: { q: str }, body: things }, want: undefined }],
];

describe("detectPagination", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(detect(spec(given))).toEqual(want);
  });

  it("follows $refs to the response, its schema, the items and the parameters", () => {
    const document = spec({ components: { schemas: { Page: object({ data: { $ref: "#/components/schemas/List" }, next_cursor: str }), List: things } } });
    const operation = (document.paths as Json)["/things"] as { get: Json };
    operation.get.parameters = [{ $ref: "#/components/parameters/cursor" }];
    operation.get.responses = { "200": { $ref: "#/components/responses/Page" } };
    Object.assign(document.components as Json, {
      parameters: { cursor: { name: "cursor", in: "query", schema: str } },
      responses: { Page: { description: "a page", content: { "application/json": { schema: { $ref: "#/components/schemas/Page" } } } } },
    });
    expect(detect(document)).toEqual({ style: "cursor", cursorParam: "cursor", nextCursor: ["next_cursor"], items: ["data"] });
  });

  it("reads properties through allOf", () => {
    const body = { allOf: [object({ "@odata.nextLink": str }), object({ value: things })] };
    expect(detect(spec({ body }))).toEqual({ style: "link", source: ["@odata.nextLink"], items: ["value"] });
  });
});
