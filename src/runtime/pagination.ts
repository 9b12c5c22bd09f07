/**
 * The pure step from one page to the request for the next, for each pagination style
 * (pagination-strategy.ts). No I/O here: PagePromise (page-promise.ts) sends the requests; this
 * module only reads a page and says what to ask for next, or that it was the last.
 */
import { ClientError } from "../core/errors.js";
import { findLink } from "./link-header.js";
import type {
  AfterPagination,
  BodyPath,
  CursorPagination,
  LinkPagination,
  OffsetPagination,
  PageHistory,
  PageNumberPagination,
  PageRequest,
  PageResponse,
  PaginationStrategy,
} from "./pagination-strategy.js";

/**
 * Empty pages in a row after which a cursor or a link is no longer followed. A loop body never
 * runs for an empty page, so a caller could not break out of a server handing out fresh cursors
 * to empty pages forever.
 */
export const MAX_EMPTY_PAGES_IN_A_ROW = 10;

/** Why pagination stopped before the list's end. */
export type PaginationErrorReason = "repeated-request" | "empty-pages" | "cross-origin-link" | "invalid-link" | "missing-id" | "not-a-list";

/**
 * Iteration stopped because the server's answer cannot lead to a correct next page. An error and not
 * a warning: a loop that ended quietly would look like a complete list to the caller.
 */
export class PaginationError extends ClientError {
  override name = "PaginationError";
  readonly reason: PaginationErrorReason;

  constructor(reason: PaginationErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }
}

/** The value at `path` in `body`, or undefined where the path leads nowhere. */
export function valueAt(body: unknown, path: BodyPath): unknown {
  let value = body;
  for (const name of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, name)) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/** The items of a page. A missing or `null` list is an empty page; anything else that is not an array is an error. */
export function pageItems(strategy: PaginationStrategy, body: unknown): readonly unknown[] {
  const items = valueAt(body, strategy.items);
  if (Array.isArray(items)) return items;
  if (items === undefined || items === null) return [];
  throw new PaginationError("not-a-list", `Expected the page's items at ${describePath(strategy.items)}, found ${typeof items}.`);
}

/** One string per distinct request: its URL, or its query with keys in a fixed order. */
export function pageRequestKey(request: PageRequest): string {
  if (request.url !== undefined) return request.url;
  const entries = Object.entries(request.query).filter(([, value]) => value !== undefined);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

/**
 * The request for the page after `response`, or `undefined` when that was the last page.
 * Throws PaginationError when the next request was already made (a server repeating a cursor
 * or a link would otherwise loop forever) or a next link leaves the client's origin.
 */
export function nextPageRequest(strategy: PaginationStrategy, current: PageRequest, response: PageResponse, history: PageHistory): PageRequest | undefined {
  const next = candidate(strategy, current, response, history);
  if (next !== undefined && history.seen.has(pageRequestKey(next))) {
    const what = next.url ?? describeParam(strategy, next.query);
    throw new PaginationError("repeated-request", `Pagination stopped: the server pointed again at a page already fetched (${what}).`);
  }
  if (next !== undefined && history.emptyPagesInARow >= MAX_EMPTY_PAGES_IN_A_ROW) {
    throw new PaginationError("empty-pages", `Pagination stopped: ${history.emptyPagesInARow} empty pages in a row, each pointing at another.`);
  }
  return next;
}

function candidate(strategy: PaginationStrategy, current: PageRequest, response: PageResponse, history: PageHistory): PageRequest | undefined {
  switch (strategy.style) {
    case "cursor":
      return nextByCursor(strategy, current, response.body);
    case "after":
      return nextAfterLastItem(strategy, current, response.body);
    case "offset":
      return nextByOffset(strategy, current, response.body);
    case "page":
      return nextByPageNumber(strategy, current, response.body, history);
    case "link":
      return nextByLink(strategy, current, response, history);
  }
}

/**
 * Only the cursor decides: a page may be empty and still have one (Slack documents pages emptied
 * by filtering), and a server that keeps sending the same cursor is caught as a repeat.
 */
function nextByCursor(strategy: CursorPagination, current: PageRequest, body: unknown): PageRequest | undefined {
  if (strategy.hasMore !== undefined && valueAt(body, strategy.hasMore) === false) return undefined;
  const cursor = valueAt(body, strategy.nextCursor);
  if (typeof cursor !== "string" && typeof cursor !== "number") return undefined;
  if (cursor === "") return undefined;
  return { query: { ...current.query, [strategy.cursorParam]: cursor } };
}

function nextAfterLastItem(strategy: AfterPagination, current: PageRequest, body: unknown): PageRequest | undefined {
  if (strategy.hasMore !== undefined && valueAt(body, strategy.hasMore) === false) return undefined;
  const last = pageItems(strategy, body).at(-1);
  if (last === undefined) return undefined;
  const id = valueAt(last, [strategy.idField]);
  if (typeof id !== "string" && typeof id !== "number") {
    throw new PaginationError("missing-id", `The last item of the page has no "${strategy.idField}" to continue after.`);
  }
  return { query: { ...current.query, [strategy.afterParam]: id } };
}

/**
 * A total, when the body gives one, decides; only without one does a short page end the list, since
 * a server may cap the limit below what was asked (Jira lowers `maxResults`).
 */
function nextByOffset(strategy: OffsetPagination, current: PageRequest, body: unknown): PageRequest | undefined {
  const count = pageItems(strategy, body).length;
  if (count === 0) return undefined;
  const offset = (numberIn(current.query[strategy.offsetParam]) ?? 0) + count;
  const total = strategy.total === undefined ? undefined : numberIn(valueAt(body, strategy.total));
  const last = total === undefined ? count < (numberIn(current.query[strategy.limitParam]) ?? 0) : offset >= total;
  return last ? undefined : { query: { ...current.query, [strategy.offsetParam]: offset } };
}

/** As for offsets: a page count or a total decides, and only without either does a short page end the list. */
function nextByPageNumber(strategy: PageNumberPagination, current: PageRequest, body: unknown, history: PageHistory): PageRequest | undefined {
  const count = pageItems(strategy, body).length;
  if (count === 0) return undefined;
  const first = strategy.firstPage ?? 1;
  const page = numberIn(current.query[strategy.pageParam]) ?? first;
  const totalPages = strategy.totalPages === undefined ? undefined : numberIn(valueAt(body, strategy.totalPages));
  const total = strategy.total === undefined ? undefined : numberIn(valueAt(body, strategy.total));
  let last: boolean;
  if (totalPages !== undefined) last = page - first + 1 >= totalPages;
  else if (total !== undefined) last = history.itemCount >= total;
  else last = strategy.sizeParam !== undefined && count < (numberIn(current.query[strategy.sizeParam]) ?? 0);
  return last ? undefined : { query: { ...current.query, [strategy.pageParam]: page + 1 } };
}

/** A next link, resolved against the page's URL (RFC 3986 §5), followed only on the client's own origin. */
function nextByLink(strategy: LinkPagination, current: PageRequest, response: PageResponse, history: PageHistory): PageRequest | undefined {
  const link = strategy.source === "header" ? findLink(response.headers.get("link"), "next") : valueAt(response.body, strategy.source);
  if (typeof link !== "string" || link === "") return undefined;
  let url: URL;
  try {
    url = new URL(link, response.url || history.origin);
  } catch (cause) {
    throw new PaginationError("invalid-link", `Pagination stopped: the next link ${JSON.stringify(link)} is not a URL (${String(cause)}).`);
  }
  if (url.origin !== history.origin) {
    throw new PaginationError("cross-origin-link", `Pagination stopped: the next link leads to ${url.origin}, not to the client's origin ${history.origin}.`);
  }
  return { query: current.query, url: url.href };
}

/** A number from a body or a query value: numbers as they are, numeric strings parsed. */
function numberIn(value: unknown): number | undefined {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : undefined;
}

function describePath(path: BodyPath): string {
  return path.length === 0 ? "the top level of the body" : JSON.stringify(path.join("."));
}

/** `cursor="abc"`: the parameter that picks the page. */
function describeParam(strategy: PaginationStrategy, query: PageRequest["query"]): string {
  const name = pageParamOf(strategy);
  return `${name}=${JSON.stringify(query[name])}`;
}

function pageParamOf(strategy: PaginationStrategy): string {
  switch (strategy.style) {
    case "cursor":
      return strategy.cursorParam;
    case "after":
      return strategy.afterParam;
    case "offset":
      return strategy.offsetParam;
    case "page":
      return strategy.pageParam;
    case "link":
      // A link request always has its URL, which describes it better.
      return "url";
  }
}
