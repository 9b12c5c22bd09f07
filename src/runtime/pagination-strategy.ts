/**
 * How a list operation pages: the descriptor the generator emits for each paged operation (from
 * detection, `clients.config.json` or `x-pagination`), and the shapes of one page request and
 * answer. Types only; pagination.ts does the stepping.
 */

/** Property names leading to a value in a JSON body, outermost first; `[]` is the body itself. */
export type BodyPath = readonly string[];

/** A cursor in the body (`next_cursor`, `response_metadata.next_cursor`), sent back in a query parameter. */
export interface CursorPagination {
  style: "cursor";
  /** The query parameter that takes the cursor, e.g. `"cursor"`. */
  cursorParam: string;
  /** Where the next cursor is; absent, `null` or `""` means this was the last page. */
  nextCursor: BodyPath;
  /** A boolean that is `false` on the last page, for APIs that say so besides the cursor. */
  hasMore?: BodyPath;
  items: BodyPath;
}

/** "After the last item" (Stripe): the last item's id goes into `starting_after`. */
export interface AfterPagination {
  style: "after";
  /** The query parameter that takes the last item's id, e.g. `"starting_after"`. */
  afterParam: string;
  /** The item property sent in `afterParam`. */
  idField: string;
  /** A boolean that is `false` on the last page (`has_more`). */
  hasMore?: BodyPath;
  items: BodyPath;
}

/** An offset and a limit (Jira's `startAt` and `maxResults`). */
export interface OffsetPagination {
  style: "offset";
  offsetParam: string;
  /** The page size parameter: a page with fewer items than the limit asked for is the last. */
  limitParam: string;
  /** The number of items in the whole list. */
  total?: BodyPath;
  items: BodyPath;
}

/** A page number and, optionally, a page size. */
export interface PageNumberPagination {
  style: "page";
  pageParam: string;
  sizeParam?: string;
  /** The number of pages. */
  totalPages?: BodyPath;
  /** The number of items in the whole list. */
  total?: BodyPath;
  /** The number of the first page, when the caller gives none. @default 1 */
  firstPage?: number;
  items: BodyPath;
}

/** A link to the next page: RFC 8288 `Link: <…>; rel="next"`, or a URL in the body (`links.next`, `@odata.nextLink`). */
export interface LinkPagination {
  style: "link";
  source: "header" | BodyPath;
  items: BodyPath;
}

export type PaginationStrategy = CursorPagination | AfterPagination | OffsetPagination | PageNumberPagination | LinkPagination;

/** A page's request: the operation's query parameters, or, when following a next link, the link itself. */
export interface PageRequest {
  query: Readonly<Record<string, unknown>>;
  /** The absolute URL to fetch instead of the operation's path and `query`: set when following a next link. */
  url?: string;
}

/** What the next request is decided from. */
export interface PageResponse {
  body: unknown;
  headers: Headers;
  /** The URL the page came from, against which a relative next link is resolved; may be `""`. */
  url: string;
}

/** What one iteration has done so far. */
export interface PageHistory {
  /** The client's own origin (that of its base URL): next links are followed only there. */
  origin: string;
  /** The key (pageRequestKey) of every request made so far, and the URL every page came from. */
  seen: Set<string>;
  /** The items on every page so far, the current one included. */
  itemCount: number;
  /** How many pages in a row, up to the current one, were empty. */
  emptyPagesInARow: number;
}

/**
 * The type of one item of a page typed `TPage`, whose list is at `TPath`: the element type of the
 * array there. Distributes over a union of page bodies; an optional or nullable level is looked through.
 */
export type PageItem<TPage, TPath extends readonly string[]> = TPath extends readonly [infer Head extends string, ...infer Rest extends readonly string[]]
  ? PageItem<PropertyOf<NonNullable<TPage>, Head>, Rest>
  : NonNullable<TPage> extends readonly (infer Item)[]
    ? Item
    : never;

type PropertyOf<T, K extends string> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
