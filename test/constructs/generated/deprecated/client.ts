// Generated from test/fixtures/constructs/deprecated.yaml (sha256 bbae297fa4431198927a84f1223f448b18c2775911d85e47995eb21153b5dd62) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, type Transport } from "../../../../src/runtime/index.js";
/** Success body of GET /v1/items. */
export type ItemsListItemsV1Response = paths["/v1/items"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /v1/items, as `APIError.body`. */
export type ItemsListItemsV1Error = unknown;
/** Success body of GET /v2/items. */
export type ItemsListItemsResponse = paths["/v2/items"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /v2/items, as `APIError.body`. */
export type ItemsListItemsError = unknown;

/** Operations tagged `items`. */
export class Items {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Lists items (old shape).
   *
   * `GET /v1/items`
   * @deprecated
   */
  listItemsV1(options?: RequestOptions): APIPromise<ItemsListItemsV1Response> {
    return this.#transport.request<ItemsListItemsV1Response>("GET", "/v1/items", {}, options);
  }

  /**
   * Lists items.
   *
   * `GET /v2/items`
   */
  listItems(options?: RequestOptions): APIPromise<ItemsListItemsResponse> {
    return this.#transport.request<ItemsListItemsResponse>("GET", "/v2/items", {}, options);
  }
}

const definition: ClientDefinition = { "name": "Deprecated", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the Deprecated client (Deprecated). */
export interface DeprecatedOptions extends ClientOptions {
}

/** Client for Deprecated. */
export class Deprecated extends BaseClient {
  readonly items: Items;

  constructor(options: DeprecatedOptions = {}) {
    super(options, definition);
    this.items = new Items(this.transport);
  }
}
