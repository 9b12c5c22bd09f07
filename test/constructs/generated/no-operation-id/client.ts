// Generated from test/fixtures/constructs/no-operation-id.yaml (sha256 4789fbbc9ab97aa7cf9622d6b1c8e4657a2a9292428e21635fb6ee8261f8fd31) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** Success body of GET /pets. */
export type PetsGetPetsResponse = paths["/pets"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /pets, as `APIError.body`. */
export type PetsGetPetsError = unknown;
/** Body fields of POST /pets. */
export type PetsPostPetsParams = NonNullable<paths["/pets"]["post"]["requestBody"]>["content"]["application/json"];
/** Success body of POST /pets. */
export type PetsPostPetsResponse = paths["/pets"]["post"]["responses"]["201"]["content"]["application/json"];
/** Error body of POST /pets, as `APIError.body`. */
export type PetsPostPetsError = unknown;
/** Success body of GET /pets/{petId}/photos. */
export type PetsGetPetsByPetIdPhotosResponse = paths["/pets/{petId}/photos"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /pets/{petId}/photos, as `APIError.body`. */
export type PetsGetPetsByPetIdPhotosError = unknown;
/** Success body of DELETE /pets/{petId}/photos/{photo_id}. */
export type PetsDeletePetsByPetIdPhotosByPhotoIdResponse = undefined;
/** Error body of DELETE /pets/{petId}/photos/{photo_id}, as `APIError.body`. */
export type PetsDeletePetsByPetIdPhotosByPhotoIdError = unknown;

/** Operations tagged `pets`. */
export class Pets {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /pets
   *
   * `GET /pets`
   */
  getPets(options?: RequestOptions): APIPromise<PetsGetPetsResponse> {
    return this.#transport.request<PetsGetPetsResponse>("GET", "/pets", {}, options);
  }

  /**
   * POST /pets
   *
   * `POST /pets`
   */
  postPets(params: PetsPostPetsParams, options?: RequestOptions): APIPromise<PetsPostPetsResponse> {
    return this.#transport.request<PetsPostPetsResponse>("POST", "/pets", { ...splitParams(params, { body: "spread" }) }, options);
  }

  /**
   * GET /pets/{petId}/photos
   *
   * `GET /pets/{petId}/photos`
   * @param petId `petId`
   */
  getPetsByPetIdPhotos(petId: string, options?: RequestOptions): APIPromise<PetsGetPetsByPetIdPhotosResponse> {
    return this.#transport.request<PetsGetPetsByPetIdPhotosResponse>("GET", "/pets/{petId}/photos", { path: { "petId": petId } }, options);
  }

  /**
   * DELETE /pets/{petId}/photos/{photo_id}
   *
   * `DELETE /pets/{petId}/photos/{photo_id}`
   * @param petId `petId`
   * @param photoId `photo_id`
   */
  deletePetsByPetIdPhotosByPhotoId(petId: string, photoId: number, options?: RequestOptions): APIPromise<PetsDeletePetsByPetIdPhotosByPhotoIdResponse> {
    return this.#transport.request<PetsDeletePetsByPetIdPhotosByPhotoIdResponse>("DELETE", "/pets/{petId}/photos/{photo_id}", { path: { "petId": petId, "photo_id": photoId } }, options);
  }
}

const definition: ClientDefinition = { "name": "NoOperationId", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the NoOperationId client (NoOperationId). */
export interface NoOperationIdOptions extends ClientOptions {
}

/** Client for NoOperationId. */
export class NoOperationId extends BaseClient {
  readonly pets: Pets;

  constructor(options: NoOperationIdOptions = {}) {
    super(options, definition);
    this.pets = new Pets(this.transport);
  }
}
