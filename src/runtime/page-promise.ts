/**
 * What a list operation that pages returns: awaited, the first page's body, exactly as a plain
 * call gives it; iterated with `for await`, the items of every page, each page fetched only when
 * the loop reaches it. Only generated methods of paged operations import it.
 */
import { APIUserAbortError } from "../core/errors.js";
import { APIPromise, type WithResponse } from "./api-promise.js";
import { nextPageRequest, pageItems, pageRequestKey } from "./pagination.js";
import type { PageHistory, PageRequest, PaginationStrategy } from "./pagination-strategy.js";
import type { NoDeclaredHeaders } from "./response-headers.js";

/**
 * Fetches one page. Every page goes through it, the first included, so each one gets the
 * client's auth, retries, timeouts, errors and signal.
 */
export type FetchPage<TPage, THeaders = NoDeclaredHeaders> = (request: PageRequest) => Promise<WithResponse<TPage, THeaders>>;

export interface PagePromiseOptions {
  /** The client's own origin, `new URL(baseUrl).origin`: a next link to anywhere else is refused. */
  origin: string;
  /** The caller's signal: once it fires, iteration stops with APIUserAbortError, between items as between pages. */
  signal?: AbortSignal;
}

/**
 * `await` it for the first page; `for await (const item of …)` for every item of every page;
 * `.pages()` for the page bodies one by one. Iterating twice fetches the pages after the first again.
 *
 * Iteration throws PaginationError when the server points at a page already fetched (a repeated
 * cursor or link) or at another origin: after the items of the pages before, never silently.
 */
export class PagePromise<TPage, TItem, THeaders = NoDeclaredHeaders> extends APIPromise<TPage, THeaders> implements AsyncIterable<TItem> {
  readonly #fetchPage: FetchPage<TPage, THeaders>;
  readonly #strategy: PaginationStrategy;
  readonly #first: PageRequest;
  readonly #options: PagePromiseOptions;

  /** Requests the first page at once, as every generated call does; the others wait for the loop. */
  constructor(fetchPage: FetchPage<TPage, THeaders>, strategy: PaginationStrategy, first: PageRequest, options: PagePromiseOptions) {
    super(fetchPage(first));
    this.#fetchPage = fetchPage;
    this.#strategy = strategy;
    this.#first = first;
    this.#options = options;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    for await (const { items } of this.#walk()) {
      for (const item of items) {
        this.#throwIfAborted();
        yield item as TItem;
      }
    }
  }

  /** Each page's body, typed as `await` gives the first. */
  async *pages(): AsyncGenerator<TPage, void, undefined> {
    for await (const { page } of this.#walk()) yield page.data;
  }

  /** Each page's body with the `Response` it came from and its declared headers, parsed (rate limits). */
  async *pagesWithResponse(): AsyncGenerator<WithResponse<TPage, THeaders>, void, undefined> {
    for await (const { page } of this.#walk()) yield page;
  }

  /** The pages and their items, the next page fetched only when the consumer asks past the current one. */
  async *#walk(): AsyncGenerator<{ page: WithResponse<TPage, THeaders>; items: readonly unknown[] }, void, undefined> {
    const history: PageHistory = { origin: this.#options.origin, seen: new Set(), itemCount: 0, emptyPagesInARow: 0 };
    let request = this.#first;
    let page = await this.withResponse();
    for (;;) {
      const items = pageItems(this.#strategy, page.data);
      history.seen.add(pageRequestKey(request));
      if (page.response.url !== "") history.seen.add(page.response.url);
      history.itemCount += items.length;
      history.emptyPagesInARow = items.length === 0 ? history.emptyPagesInARow + 1 : 0;
      this.#throwIfAborted();
      yield { page, items };
      const response = { body: page.data, headers: page.response.headers, url: page.response.url };
      const next = nextPageRequest(this.#strategy, request, response, history);
      if (next === undefined) return;
      this.#throwIfAborted();
      request = next;
      page = await this.#fetchPage(next);
    }
  }

  #throwIfAborted(): void {
    const signal = this.#options.signal;
    if (signal?.aborted) throw new APIUserAbortError({ cause: signal.reason });
  }
}
