// Generated from test/fixtures/constructs/pages.yaml (sha256 21cea32abbccdb8484932a2c8960f0ed37f44e3ea4a231acc9c66b29df338f1b) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type Credential, declaredHeaders, type PageItem, PagePromise, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Item = components["schemas"]["Item"];
/** Query parameters of GET /after. */
export type ItemsListAfterParams = Pick<NonNullable<paths["/after"]["get"]["parameters"]["query"]>, "starting_after" | "limit">;
/** Success body of GET /after. */
export type ItemsListAfterResponse = paths["/after"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /after, as `APIError.body`. */
export type ItemsListAfterError = unknown;
/** One item of a page of GET /after. */
export type ItemsListAfterItem = PageItem<ItemsListAfterResponse, ["data"]>;
/** Query parameters of GET /cursor. */
export type ItemsListByCursorParams = Pick<NonNullable<paths["/cursor"]["get"]["parameters"]["query"]>, "cursor" | "limit">;
/** Success body of GET /cursor. */
export type ItemsListByCursorResponse = paths["/cursor"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /cursor, as `APIError.body`. */
export type ItemsListByCursorError = unknown;
/** One item of a page of GET /cursor. */
export type ItemsListByCursorItem = PageItem<ItemsListByCursorResponse, ["items"]>;
/** Query parameters of GET /linked. */
export type ItemsListLinkedParams = Pick<NonNullable<paths["/linked"]["get"]["parameters"]["query"]>, "per_page">;
/** Success body of GET /linked. */
export type ItemsListLinkedResponse = paths["/linked"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /linked, as `APIError.body`. */
export type ItemsListLinkedError = unknown;
/** One item of a page of GET /linked. */
export type ItemsListLinkedItem = PageItem<ItemsListLinkedResponse, []>;

/** Response headers of GET /linked, parsed, as `.withResponse()` gives them in `headers`. */
export interface ItemsListLinkedHeaders {
  "Link"?: string;
}

/** Query parameters of GET /numbered. */
export type ItemsListByPageParams = Pick<NonNullable<paths["/numbered"]["get"]["parameters"]["query"]>, "page" | "per_page">;
/** Success body of GET /numbered. */
export type ItemsListByPageResponse = paths["/numbered"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /numbered, as `APIError.body`. */
export type ItemsListByPageError = unknown;
/** One item of a page of GET /numbered. */
export type ItemsListByPageItem = PageItem<ItemsListByPageResponse, ["records"]>;
/** Success body of GET /odata. */
export type ItemsListODataResponse = paths["/odata"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /odata, as `APIError.body`. */
export type ItemsListODataError = unknown;
/** One item of a page of GET /odata. */
export type ItemsListODataItem = PageItem<ItemsListODataResponse, ["value"]>;
/** Query parameters of GET /offset. */
export type ItemsListByOffsetParams = Pick<NonNullable<paths["/offset"]["get"]["parameters"]["query"]>, "offset" | "limit">;
/** Success body of GET /offset. */
export type ItemsListByOffsetResponse = paths["/offset"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /offset, as `APIError.body`. */
export type ItemsListByOffsetError = unknown;
/** One item of a page of GET /offset. */
export type ItemsListByOffsetItem = PageItem<ItemsListByOffsetResponse, ["results"]>;
/** Success body of GET /tags. */
export type ItemsListTagsResponse = paths["/tags"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /tags, as `APIError.body`. */
export type ItemsListTagsError = unknown;

/** Operations tagged `items`. */
export class Items {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /after
   *
   * `GET /after`
   */
  listAfter(params?: ItemsListAfterParams, options?: RequestOptions): PagePromise<ItemsListAfterResponse, ItemsListAfterItem> {
    return new PagePromise<ItemsListAfterResponse, ItemsListAfterItem>((page) => this.#transport.request<ItemsListAfterResponse>("GET", "/after", { ...splitParams({ ...params, ...page.query }, { query: ["starting_after", "limit"], body: "none" }), url: page.url }, options).withResponse(), { "style": "after", "afterParam": "starting_after", "idField": "id", "hasMore": ["has_more"], "items": ["data"] }, { query: { ...params } }, { origin: this.#transport.origin, signal: options?.signal });
  }

  /**
   * GET /cursor
   *
   * `GET /cursor`
   */
  listByCursor(params?: ItemsListByCursorParams, options?: RequestOptions): PagePromise<ItemsListByCursorResponse, ItemsListByCursorItem> {
    return new PagePromise<ItemsListByCursorResponse, ItemsListByCursorItem>((page) => this.#transport.request<ItemsListByCursorResponse>("GET", "/cursor", { ...splitParams({ ...params, ...page.query }, { query: ["cursor", "limit"], body: "none" }), url: page.url }, options).withResponse(), { "style": "cursor", "cursorParam": "cursor", "nextCursor": ["next_cursor"], "items": ["items"] }, { query: { ...params } }, { origin: this.#transport.origin, signal: options?.signal });
  }

  /**
   * GET /linked
   *
   * `GET /linked`
   */
  listLinked(params?: ItemsListLinkedParams, options?: RequestOptions): PagePromise<ItemsListLinkedResponse, ItemsListLinkedItem, ItemsListLinkedHeaders> {
    return new PagePromise<ItemsListLinkedResponse, ItemsListLinkedItem, ItemsListLinkedHeaders>((page) => this.#transport.request<ItemsListLinkedResponse, ItemsListLinkedHeaders>("GET", "/linked", { ...splitParams({ ...params, ...page.query }, { query: ["per_page"], body: "none" }), responseHeaders: declaredHeaders({ "200": { "Link": "string" } }), url: page.url }, options).withResponse(), { "style": "link", "source": "header", "items": [] }, { query: { ...params } }, { origin: this.#transport.origin, signal: options?.signal });
  }

  /**
   * GET /numbered
   *
   * `GET /numbered`
   */
  listByPage(params?: ItemsListByPageParams, options?: RequestOptions): PagePromise<ItemsListByPageResponse, ItemsListByPageItem> {
    return new PagePromise<ItemsListByPageResponse, ItemsListByPageItem>((page) => this.#transport.request<ItemsListByPageResponse>("GET", "/numbered", { ...splitParams({ ...params, ...page.query }, { query: ["page", "per_page"], body: "none" }), url: page.url }, options).withResponse(), { "style": "page", "pageParam": "page", "sizeParam": "per_page", "totalPages": ["total_pages"], "items": ["records"] }, { query: { ...params } }, { origin: this.#transport.origin, signal: options?.signal });
  }

  /**
   * GET /odata
   *
   * `GET /odata`
   */
  listOData(options?: RequestOptions): PagePromise<ItemsListODataResponse, ItemsListODataItem> {
    return new PagePromise<ItemsListODataResponse, ItemsListODataItem>((page) => this.#transport.request<ItemsListODataResponse>("GET", "/odata", { url: page.url }, options).withResponse(), { "style": "link", "source": ["@odata.nextLink"], "items": ["value"] }, { query: {} }, { origin: this.#transport.origin, signal: options?.signal });
  }

  /**
   * GET /offset
   *
   * `GET /offset`
   */
  listByOffset(params?: ItemsListByOffsetParams, options?: RequestOptions): PagePromise<ItemsListByOffsetResponse, ItemsListByOffsetItem> {
    return new PagePromise<ItemsListByOffsetResponse, ItemsListByOffsetItem>((page) => this.#transport.request<ItemsListByOffsetResponse>("GET", "/offset", { ...splitParams({ ...params, ...page.query }, { query: ["offset", "limit"], body: "none" }), url: page.url }, options).withResponse(), { "style": "offset", "offsetParam": "offset", "limitParam": "limit", "total": ["total"], "items": ["results"] }, { query: { ...params } }, { origin: this.#transport.origin, signal: options?.signal });
  }

  /**
   * GET /tags
   *
   * `GET /tags`
   */
  listTags(options?: RequestOptions): APIPromise<ItemsListTagsResponse> {
    return this.#transport.request<ItemsListTagsResponse>("GET", "/tags", {}, options);
  }
}

const definition: ClientDefinition = { "name": "Pages", "baseUrl": "https://api.example.com/v1", "auth": [{ "kind": "bearer", "option": "token" }], "authRequired": true, "security": [["token"]], "env": {} };

/** Options of the Pages client (Pages). */
export interface PagesOptions extends ClientOptions {
  /** Bearer token, sent as `Authorization: Bearer <token>`. */
  token?: Credential;
}

/** Client for Pages. */
export class Pages extends BaseClient {
  readonly items: Items;

  constructor(options: PagesOptions = {}) {
    super(options, definition);
    this.items = new Items(this.transport);
  }
}
