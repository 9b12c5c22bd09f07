// Generated from test/fixtures/constructs/discriminator.yaml (sha256 5b1a146aa71160006572f2897c8ab31ab2caa06fbb1f63340a8263a246aa6776) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Cat = components["schemas"]["Cat"];
export type Dog = components["schemas"]["Dog"];
export type Lizard = components["schemas"]["Lizard"];
export type MappedPet = components["schemas"]["MappedPet"];
export type Snake = components["schemas"]["Snake"];
export type UnmappedPet = components["schemas"]["UnmappedPet"];
/** The request body (`body`) of POST /mapped. */
export type PetsCreateMappedParams = { body: NonNullable<paths["/mapped"]["post"]["requestBody"]>["content"]["application/json"] };
/** Success body of POST /mapped. */
export type PetsCreateMappedResponse = MappedPet;
/** Error body of POST /mapped, as `APIError.body`. */
export type PetsCreateMappedError = unknown;
/** The request body (`body`) of POST /unmapped. */
export type PetsCreateUnmappedParams = { body: NonNullable<paths["/unmapped"]["post"]["requestBody"]>["content"]["application/json"] };
/** Success body of POST /unmapped. */
export type PetsCreateUnmappedResponse = UnmappedPet;
/** Error body of POST /unmapped, as `APIError.body`. */
export type PetsCreateUnmappedError = unknown;

/** Operations tagged `pets`. */
export class Pets {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /mapped
   *
   * `POST /mapped`
   */
  createMapped(params: PetsCreateMappedParams, options?: RequestOptions): APIPromise<PetsCreateMappedResponse> {
    return this.#transport.request<PetsCreateMappedResponse>("POST", "/mapped", { ...splitParams(params, { body: "property" }) }, options);
  }

  /**
   * POST /unmapped
   *
   * `POST /unmapped`
   */
  createUnmapped(params: PetsCreateUnmappedParams, options?: RequestOptions): APIPromise<PetsCreateUnmappedResponse> {
    return this.#transport.request<PetsCreateUnmappedResponse>("POST", "/unmapped", { ...splitParams(params, { body: "property" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "Discriminator", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the Discriminator client (Discriminator). */
export interface DiscriminatorOptions extends ClientOptions {
}

/** Client for Discriminator. */
export class Discriminator extends BaseClient {
  readonly pets: Pets;

  constructor(options: DiscriminatorOptions = {}) {
    super(options, definition);
    this.pets = new Pets(this.transport);
  }
}
