// Generated from test/fixtures/constructs/oneof.yaml (sha256 879ef87a14898dfddc75dfe4a390dd5a23749db91fcda04a163c66f9801d0a67) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Cat = components["schemas"]["Cat"];
export type Dog = components["schemas"]["Dog"];
export type Identifier = components["schemas"]["Identifier"];
export type Pet = components["schemas"]["Pet"];
/** Success body of GET /identifier. */
export type PetsGetIdentifierResponse = Identifier;
/** Error body of GET /identifier, as `APIError.body`. */
export type PetsGetIdentifierError = unknown;
/** The request body (`body`) of PUT /pets. */
export type PetsUpdatePetParams = { body: NonNullable<paths["/pets"]["put"]["requestBody"]>["content"]["application/json"] };
/** Success body of PUT /pets. */
export type PetsUpdatePetResponse = Pet;
/** Error body of PUT /pets, as `APIError.body`. */
export type PetsUpdatePetError = unknown;

/** Operations tagged `pets`. */
export class Pets {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /identifier
   *
   * `GET /identifier`
   */
  getIdentifier(options?: RequestOptions): APIPromise<PetsGetIdentifierResponse> {
    return this.#transport.request<PetsGetIdentifierResponse>("GET", "/identifier", {}, options);
  }

  /**
   * PUT /pets
   *
   * `PUT /pets`
   */
  updatePet(params: PetsUpdatePetParams, options?: RequestOptions): APIPromise<PetsUpdatePetResponse> {
    return this.#transport.request<PetsUpdatePetResponse>("PUT", "/pets", { ...splitParams(params, { body: "property" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "OneOf", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the OneOf client (OneOf). */
export interface OneOfOptions extends ClientOptions {
}

/** Client for OneOf. */
export class OneOf extends BaseClient {
  readonly pets: Pets;

  constructor(options: OneOfOptions = {}) {
    super(options, definition);
    this.pets = new Pets(this.transport);
  }
}
