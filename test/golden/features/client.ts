// Generated from test/fixtures/features.yaml (sha256 a1d0bc2c36485ceab858e291f07033bdfe5c9f0d5bc8f363475608861b1202d1) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type Credential, type RequestOptions, splitParams, type Transport } from "../../../src/runtime/index.js";
export type Item = components["schemas"]["Item"];
export type ItemList = components["schemas"]["item-list"];
/** Query parameters and header parameters of GET /items. */
export type ItemsListItemsParams = Pick<NonNullable<paths["/items"]["get"]["parameters"]["query"]>, "limit"> & Pick<NonNullable<paths["/items"]["get"]["parameters"]["header"]>, "X-Trace">;
/** Success body of GET /items. */
export type ItemsListItemsResponse = ItemList;
/** Error body of GET /items, as `APIError.body`. */
export type ItemsListItemsError = unknown;
/** The request body (`body`) of POST /items. */
export type ItemsListItems2Params = { body: NonNullable<paths["/items"]["post"]["requestBody"]>["content"]["application/json"] };
/** Success body of POST /items. */
export type ItemsListItems2Response = ItemList;
/** Error body of POST /items, as `APIError.body`. */
export type ItemsListItems2Error = unknown;
/** Success body of DELETE /items/{item_id}. */
export type ItemsDeleteItemsByItemIdResponse = undefined;
/** Error body of DELETE /items/{item_id}, as `APIError.body`. */
export type ItemsDeleteItemsByItemIdError = string;
/** Success body of GET /health. */
export type FeaturesHealthResponse = string;
/** Error body of GET /health, as `APIError.body`. */
export type FeaturesHealthError = unknown;

/** Operations tagged `items`. */
export class Items {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * List items *\/ alert(1) /*
   *
   * `GET /items`
   */
  listItems(params?: ItemsListItemsParams, options?: RequestOptions): APIPromise<ItemsListItemsResponse> {
    return this.#transport.request<ItemsListItemsResponse>("GET", "/items", { ...splitParams(params, { query: ["limit"], header: ["X-Trace"], body: "none" }) }, options);
  }

  /**
   * Same camelCase name as listItems: becomes listItems2.\u2028Line separator.
   *
   * `POST /items`
   */
  listItems2(params: ItemsListItems2Params, options?: RequestOptions): APIPromise<ItemsListItems2Response> {
    return this.#transport.request<ItemsListItems2Response>("POST", "/items", { ...splitParams(params, { body: "property" }) }, options);
  }

  /**
   * DELETE /items/{item_id}
   *
   * `DELETE /items/{item_id}`
   * @param itemId `item_id`
   * @throws {NotFoundError} 404 missing
   * @deprecated
   */
  deleteItemsByItemId(itemId: number, options?: RequestOptions): APIPromise<ItemsDeleteItemsByItemIdResponse> {
    return this.#transport.request<ItemsDeleteItemsByItemIdResponse>("DELETE", "/items/{item_id}", { path: { "item_id": itemId } }, options);
  }
}

const definition: ClientDefinition = { "name": "Features", "baseUrl": "http://127.0.0.1:9/api", "auth": [{ "kind": "apiKey", "option": "apiKey", "in": "header", "name": "X-Key" }], "authRequired": true, "env": {} };

/** Options of the Features client (Features *\/ `${process.exit(1)}`). */
export interface FeaturesOptions extends ClientOptions {
  /** API key, sent in the `X-Key` header. */
  apiKey?: Credential;
}

/** Client for Features *\/ `${process.exit(1)}`. */
export class Features extends BaseClient {
  readonly items: Items;

  constructor(options: FeaturesOptions = {}) {
    super(options, definition);
    this.items = new Items(this.transport);
  }

  /**
   * GET /health
   *
   * `GET /health`
   */
  health(options?: RequestOptions): APIPromise<FeaturesHealthResponse> {
    return this.transport.request<FeaturesHealthResponse>("GET", "/health", { responseType: "text", accept: "text/plain" }, options);
  }
}
