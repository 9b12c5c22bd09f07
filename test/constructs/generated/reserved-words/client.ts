// Generated from test/fixtures/constructs/reserved-words.yaml (sha256 968fefc527094ec5dfcdb0556165094406f9e82d767d686879793744d8eaa1cb) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type MyWeirdSchema = components["schemas"]["my-weird.schema"];
/** Query parameters of DELETE /classes/{class}. */
export type DefaultDeleteParams = Pick<NonNullable<paths["/classes/{class}"]["delete"]["parameters"]["query"]>, "new" | "my-param">;
/** Success body of DELETE /classes/{class}. */
export type DefaultDeleteResponse = undefined;
/** Error body of DELETE /classes/{class}, as `APIError.body`. */
export type DefaultDeleteError = unknown;
/** Success body of GET /items/{item-id}. */
export type DefaultGetItemResponse = undefined;
/** Error body of GET /items/{item-id}, as `APIError.body`. */
export type DefaultGetItemError = unknown;
/** Success body of GET /schema. */
export type DefaultGetSchemaResponse = MyWeirdSchema;
/** Error body of GET /schema, as `APIError.body`. */
export type DefaultGetSchemaError = unknown;

/** Operations tagged `default`. */
export class Default {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * DELETE /classes/{class}
   *
   * `DELETE /classes/{class}`
   * @param class_ `class`
   */
  delete_(class_: string, params?: DefaultDeleteParams, options?: RequestOptions): APIPromise<DefaultDeleteResponse> {
    return this.#transport.request<DefaultDeleteResponse>("DELETE", "/classes/{class}", { path: { "class": class_ }, ...splitParams(params, { query: ["new", "my-param"], body: "none" }) }, options);
  }

  /**
   * GET /items/{item-id}
   *
   * `GET /items/{item-id}`
   * @param itemId `item-id`
   */
  getItem(itemId: string, options?: RequestOptions): APIPromise<DefaultGetItemResponse> {
    return this.#transport.request<DefaultGetItemResponse>("GET", "/items/{item-id}", { path: { "item-id": itemId } }, options);
  }

  /**
   * GET /schema
   *
   * `GET /schema`
   */
  getSchema(options?: RequestOptions): APIPromise<DefaultGetSchemaResponse> {
    return this.#transport.request<DefaultGetSchemaResponse>("GET", "/schema", {}, options);
  }
}

const definition: ClientDefinition = { "name": "ReservedWords", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the ReservedWords client (ReservedWords). */
export interface ReservedWordsOptions extends ClientOptions {
}

/** Client for ReservedWords. */
export class ReservedWords extends BaseClient {
  readonly default_: Default;

  constructor(options: ReservedWordsOptions = {}) {
    super(options, definition);
    this.default_ = new Default(this.transport);
  }
}
