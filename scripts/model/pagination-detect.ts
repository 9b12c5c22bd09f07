/**
 * Recognising a page from the spec alone: the operation's query parameters and its success
 * response (body schema and declared headers). The rules, tried in this order (docs/pages-and-streams.md
 * has them as a table), each needing the page's items:
 *
 * 1. link, header: the response declares an RFC 8288 `Link` header (GitHub).
 * 2. link, body: a URL to the next page in the body: `@odata.nextLink` (Microsoft Graph),
 *    `links.next` (JSON:API), `next_page_url`, `nextUrl`, or `next` when it is a `format: uri` string.
 * 3. cursor: a cursor string in the body (`next_cursor`, `response_metadata.next_cursor` as Slack,
 *    `nextPageToken`, `next_page` as Stripe's search, …) and a string query parameter to send it
 *    back in (`cursor`, `page_token`, `pageToken`, `after`, `page`, …).
 * 4. after: `has_more` in the body and a `starting_after`-style parameter taking the last item's
 *    `id` (Stripe): every item alternative must declare `id`.
 * 5. offset: integer `offset`/`limit`-style parameters (`startAt`/`maxResults` as Jira, `$skip`/`$top`);
 *    the unambiguous names are taken when typed as strings too (Jira types some so).
 * 6. page: an integer `page`-style parameter, with a page size parameter when there is one.
 *
 * Only GET operations: a POST that pages takes its cursor in the body, which the runtime does not step.
 */
import type { BodyPath, PaginationStrategy } from "../../src/runtime/pagination-strategy.js";
import type { Json } from "../document/json.js";
import type { Located } from "../document/refs.js";
import { alternativesOf, arrayItemsOf, propertiesOf, schemaAtPath, typesOf } from "./schema-shape.js";

/** What recognition reads of an operation. */
export interface PageShape {
  document: Json;
  method: string;
  /** Query parameters by name, each with its schema. */
  query: Map<string, Located>;
  /** The success response's JSON body schema, when there is one. */
  body: Located | undefined;
  /** The success response's declared header names, lower-cased. */
  headers: Set<string>;
}

/** Where a list's items are, and their schema. */
export interface ItemsFound {
  path: BodyPath;
  items: Located;
}

const ITEM_PROPERTIES = ["data", "items", "results", "value", "values", "records", "entries"];
const BODY_LINKS: BodyPath[] = [["@odata.nextLink"], ["links", "next"], ["next_page_url"], ["nextPageUrl"], ["next_url"], ["nextUrl"]];
const URI_FORMATS = new Set(["uri", "uri-reference", "iri", "iri-reference", "url"]);
const BODY_CURSORS: BodyPath[] = [
  ["next_cursor"],
  ["nextCursor"],
  ["next_page_token"],
  ["nextPageToken"],
  ["response_metadata", "next_cursor"],
  ["meta", "next_cursor"],
  ["meta", "nextCursor"],
  ["pagination", "next_cursor"],
  ["pagination", "nextCursor"],
  ["next_page"],
  ["cursor"],
  ["next"],
];
const CURSOR_PARAMS = ["cursor", "page_token", "pageToken", "next_cursor", "nextCursor", "continuation_token", "continuationToken", "after", "next", "page"];
const HAS_MORE: BodyPath[] = [["has_more"], ["hasMore"], ["meta", "has_more"], ["pagination", "has_more"]];
const AFTER_PARAMS = ["starting_after", "startingAfter", "after_id", "afterId"];
const OFFSET_PARAMS = ["offset", "startAt", "start", "skip", "$skip", "startIndex", "start_index"];
const LIMIT_PARAMS = ["limit", "maxResults", "max_results", "$top", "top", "count", "size"];
/** Names that say "offset" or "limit" on their own: taken even when typed as strings (Jira types some `startAt` so). */
const UNAMBIGUOUS_OFFSET_NAMES = new Set(["offset", "startAt", "$skip", "limit", "maxResults", "$top"]);
const PAGE_PARAMS = ["page", "pageNumber", "page_number", "pageNo", "page_no", "pageIndex"];
const SIZE_PARAMS = ["per_page", "perPage", "page_size", "pageSize", "size", "count", "limit"];
const TOTAL: BodyPath[] = [
  ["total"],
  ["total_count"],
  ["totalCount"],
  ["totalResults"],
  ["total_results"],
  ["meta", "total"],
  ["pagination", "total"],
  ["paging", "total"],
];
const TOTAL_PAGES: BodyPath[] = [
  ["total_pages"],
  ["totalPages"],
  ["page_count"],
  ["pageCount"],
  ["meta", "total_pages"],
  ["pagination", "total_pages"],
  ["paging", "pages"],
];

/** The style the spec shows, or undefined when the operation does not look paged. */
export function detectPagination(shape: PageShape): PaginationStrategy | undefined {
  if (shape.method !== "get") return undefined;
  const found = findItems(shape);
  if (found === undefined) return undefined;
  const items = found.path;
  if (shape.headers.has("link")) return { style: "link", source: "header", items };
  const link = findPath(shape, BODY_LINKS, isStringLike) ?? findPath(shape, [["next"]], isUriString);
  if (link !== undefined) return { style: "link", source: link, items };
  const hasMore = findPath(shape, HAS_MORE, (schema, document) => typesOf(document, schema).has("boolean"));
  const cursor = cursorStrategy(shape, items, hasMore);
  if (cursor !== undefined) return cursor;
  const afterParam = AFTER_PARAMS.find((name) => shape.query.has(name));
  if (afterParam !== undefined && hasMore !== undefined && everyItemHasId(shape, found.items)) {
    return { style: "after", afterParam, idField: "id", hasMore, items };
  }
  return offsetStrategy(shape, items) ?? pageStrategy(shape, items);
}

/** The top-level array, a conventionally named array property, or the only array property (of objects, when there are several). */
export function findItems(shape: Pick<PageShape, "document" | "body">): ItemsFound | undefined {
  const { document, body } = shape;
  if (body === undefined) return undefined;
  const top = arrayItemsOf(document, body);
  if (top !== undefined) return { path: [], items: top };
  const arrays = [...propertiesOf(document, body)].flatMap(([name, schema]) => {
    const items = arrayItemsOf(document, schema);
    return items === undefined ? [] : [{ path: [name], items, schema }];
  });
  const named = ITEM_PROPERTIES.map((name) => arrays.find((array) => array.path[0] === name)).find((array) => array !== undefined);
  if (named !== undefined) return named;
  // Narrowed step by step until one is left: arrays declared `type: array` (Slack writes an
  // object's schema as `items` without a type), then arrays of objects (not of ids or messages).
  const typed = arrays.filter((array) => typesOf(document, array.schema).has("array"));
  const ofObjects = typed.filter((array) => typesOf(document, array.items).has("object") || propertiesOf(document, array.items).size > 0);
  return [arrays, typed, ofObjects].find((candidates) => candidates.length === 1)?.[0];
}

function cursorStrategy(shape: PageShape, items: BodyPath, hasMore: BodyPath | undefined): PaginationStrategy | undefined {
  const nextCursor = findPath(shape, BODY_CURSORS, (schema, document) => isStringLike(schema, document) && !isUriString(schema, document));
  const cursorParam = CURSOR_PARAMS.find((name) => isStringParam(shape, name));
  if (nextCursor === undefined || cursorParam === undefined) return undefined;
  return { style: "cursor", cursorParam, nextCursor, ...(hasMore === undefined ? {} : { hasMore }), items };
}

function offsetStrategy(shape: PageShape, items: BodyPath): PaginationStrategy | undefined {
  const offsetLike = (name: string) => isIntegerParam(shape, name) || (UNAMBIGUOUS_OFFSET_NAMES.has(name) && shape.query.has(name));
  const offsetParam = OFFSET_PARAMS.find(offsetLike);
  const limitParam = LIMIT_PARAMS.find(offsetLike);
  if (offsetParam === undefined || limitParam === undefined) return undefined;
  const total = findPath(shape, TOTAL, isNumber);
  return { style: "offset", offsetParam, limitParam, ...(total === undefined ? {} : { total }), items };
}

function pageStrategy(shape: PageShape, items: BodyPath): PaginationStrategy | undefined {
  const pageParam = PAGE_PARAMS.find((name) => isIntegerParam(shape, name));
  if (pageParam === undefined) return undefined;
  const sizeParam = SIZE_PARAMS.find((name) => isIntegerParam(shape, name));
  const totalPages = findPath(shape, TOTAL_PAGES, isNumber);
  const total = findPath(shape, TOTAL, isNumber);
  // A page parameter whose least or default value is 0 counts from 0; the runtime's default is 1.
  const schema = shape.query.get(pageParam)?.node ?? {};
  const zeroBased = schema.minimum === 0 || schema.default === 0;
  return {
    style: "page",
    pageParam,
    ...(sizeParam === undefined ? {} : { sizeParam }),
    ...(totalPages === undefined ? {} : { totalPages }),
    ...(total === undefined ? {} : { total }),
    ...(zeroBased ? { firstPage: 0 } : {}),
    items,
  };
}

/** The first candidate path the body declares whose schema passes `test`. */
function findPath(shape: PageShape, candidates: readonly BodyPath[], test: (schema: Located, document: Json) => boolean): BodyPath | undefined {
  const { document, body } = shape;
  if (body === undefined) return undefined;
  return candidates.find((path) => {
    const schema = schemaAtPath(document, body, path);
    return schema !== undefined && test(schema, document);
  });
}

function everyItemHasId(shape: PageShape, items: Located): boolean {
  return alternativesOf(shape.document, items).every((alternative) => propertiesOf(shape.document, alternative).has("id"));
}

/** A string, or a value whose type is not declared. */
function isStringLike(schema: Located, document: Json): boolean {
  const types = typesOf(document, schema);
  return types.has("string") || types.size === 0 || (types.size === 1 && types.has("null"));
}

function isUriString(schema: Located, document: Json): boolean {
  return typesOf(document, schema).has("string") && URI_FORMATS.has(String(schema.node.format));
}

function isNumber(schema: Located, document: Json): boolean {
  const types = typesOf(document, schema);
  return types.has("integer") || types.has("number");
}

/** A query parameter that takes a cursor: declared, and not a number. */
function isStringParam(shape: PageShape, name: string): boolean {
  const schema = shape.query.get(name);
  return schema !== undefined && !isNumber(schema, shape.document);
}

function isIntegerParam(shape: PageShape, name: string): boolean {
  const schema = shape.query.get(name);
  return schema !== undefined && isNumber(schema, shape.document);
}
