// Operations without operationId (test/fixtures/constructs/no-operation-id.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { RequestOptions } from "../../src/runtime/index.js";
import type { NoOperationId, Pets, PetsGetPetsByPetIdPhotosResponse, PetsGetPetsResponse, PetsPostPetsParams } from "./generated/no-operation-id/index.js";

declare const client: NoOperationId;

describe("names derived from method and path", () => {
  test("camelCase(method + path words), path parameters as By<Param>", () => {
    expectTypeOf<Pets>().toHaveProperty("getPets");
    expectTypeOf<Pets>().toHaveProperty("postPets");
    expectTypeOf<Pets>().toHaveProperty("getPetsByPetIdPhotos");
    expectTypeOf<Pets>().toHaveProperty("deletePetsByPetIdPhotosByPhotoId");
    expectTypeOf<Pets["getPetsByPetIdPhotos"]>().parameters.toEqualTypeOf<[string, (RequestOptions | undefined)?]>();
    expectTypeOf<Pets["deletePetsByPetIdPhotosByPhotoId"]>().parameters.toEqualTypeOf<[string, number, (RequestOptions | undefined)?]>();
  });

  test("the per-operation types are named after the derived method name", () => {
    expectTypeOf<PetsGetPetsResponse>().toEqualTypeOf<string[]>();
    expectTypeOf<PetsGetPetsByPetIdPhotosResponse>().toEqualTypeOf<string[]>();
    expectTypeOf<PetsPostPetsParams>().branded.toEqualTypeOf<{ name: string }>();
  });

  test("calls", () => {
    async function calls() {
      await client.pets.getPets();
      await client.pets.postPets({ name: "Rex" });
      await client.pets.getPetsByPetIdPhotos("p1");
      await client.pets.deletePetsByPetIdPhotosByPhotoId("p1", 2);
      // @ts-expect-error photo_id is an integer
      await client.pets.deletePetsByPetIdPhotosByPhotoId("p1", "2");
    }
    expectTypeOf(calls).toBeFunction();
  });
});
