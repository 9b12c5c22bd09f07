// Generated from test/fixtures/constructs/idempotency-key.yaml (sha256 c3d8901dec03e4ec3fdd6c965fb49000573aa7bbad56a3498e5d1a68bf8f0b04) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** Body fields and header parameters of POST /charges. */
export type ChargesCreateChargeParams = NonNullable<paths["/charges"]["post"]["requestBody"]>["content"]["application/json"] & Pick<NonNullable<paths["/charges"]["post"]["parameters"]["header"]>, "Idempotency-Key">;
/** Success body of POST /charges. */
export type ChargesCreateChargeResponse = paths["/charges"]["post"]["responses"]["200"]["content"]["application/json"];
/** Error body of POST /charges, as `APIError.body`. */
export type ChargesCreateChargeError = unknown;
/** Body fields and header parameters of PATCH /charges/{id}. */
export type ChargesUpdateChargeParams = NonNullable<paths["/charges/{id}"]["patch"]["requestBody"]>["content"]["application/json"] & Pick<NonNullable<paths["/charges/{id}"]["patch"]["parameters"]["header"]>, "idempotency-key">;
/** Success body of PATCH /charges/{id}. */
export type ChargesUpdateChargeResponse = paths["/charges/{id}"]["patch"]["responses"]["200"]["content"]["application/json"];
/** Error body of PATCH /charges/{id}, as `APIError.body`. */
export type ChargesUpdateChargeError = unknown;
/** Body fields of POST /refunds. */
export type ChargesCreateRefundParams = NonNullable<paths["/refunds"]["post"]["requestBody"]>["content"]["application/json"];
/** Success body of POST /refunds. */
export type ChargesCreateRefundResponse = paths["/refunds"]["post"]["responses"]["200"]["content"]["application/json"];
/** Error body of POST /refunds, as `APIError.body`. */
export type ChargesCreateRefundError = unknown;

/** Operations tagged `charges`. */
export class Charges {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /charges
   *
   * `POST /charges`
   */
  createCharge(params: ChargesCreateChargeParams, options?: RequestOptions): APIPromise<ChargesCreateChargeResponse> {
    return this.#transport.request<ChargesCreateChargeResponse>("POST", "/charges", { ...splitParams(params, { header: ["Idempotency-Key"], body: "spread" }), idempotencyHeader: "Idempotency-Key" }, options);
  }

  /**
   * PATCH /charges/{id}
   *
   * `PATCH /charges/{id}`
   * @param id `id`
   */
  updateCharge(id: string, params: ChargesUpdateChargeParams, options?: RequestOptions): APIPromise<ChargesUpdateChargeResponse> {
    return this.#transport.request<ChargesUpdateChargeResponse>("PATCH", "/charges/{id}", { path: { "id": id }, ...splitParams(params, { header: ["idempotency-key"], body: "spread" }), idempotencyHeader: "idempotency-key" }, options);
  }

  /**
   * POST /refunds
   *
   * `POST /refunds`
   */
  createRefund(params: ChargesCreateRefundParams, options?: RequestOptions): APIPromise<ChargesCreateRefundResponse> {
    return this.#transport.request<ChargesCreateRefundResponse>("POST", "/refunds", { ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "IdempotencyKey", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the IdempotencyKey client (IdempotencyKey). */
export interface IdempotencyKeyOptions extends ClientOptions {
}

/** Client for IdempotencyKey. */
export class IdempotencyKey extends BaseClient {
  readonly charges: Charges;

  constructor(options: IdempotencyKeyOptions = {}) {
    super(options, definition);
    this.charges = new Charges(this.transport);
  }
}
