// oneOf (test/fixtures/constructs/oneof.yaml): Pet = Cat | Dog (both closed), Identifier = string | integer.
import { describe, expectTypeOf, test } from "vitest";
import type { RequestOptions } from "../../src/runtime/index.js";
import type { Cat, Dog, Identifier, OneOf, Pet, PetsGetIdentifierResponse, PetsUpdatePetParams, PetsUpdatePetResponse } from "./generated/oneof/index.js";

declare const client: OneOf;

describe("oneOf", () => {
  test("a oneOf of objects is the union of its members; of primitives, the union of the primitives", () => {
    expectTypeOf<Cat>().branded.toEqualTypeOf<{ meows: boolean }>();
    expectTypeOf<Dog>().branded.toEqualTypeOf<{ barks: boolean }>();
    expectTypeOf<Pet>().branded.toEqualTypeOf<Cat | Dog>();
    expectTypeOf<Identifier>().toEqualTypeOf<string | number>();
    expectTypeOf<PetsGetIdentifierResponse>().toEqualTypeOf<string | number>();
  });

  test("a oneOf body is `params.body` (it is not one object's fields); the response is the union", () => {
    expectTypeOf<PetsUpdatePetParams>().branded.toEqualTypeOf<{ body: Cat | Dog }>();
    expectTypeOf<PetsUpdatePetResponse>().branded.toEqualTypeOf<Pet>();
    expectTypeOf<OneOf["pets"]["updatePet"]>().parameters.toEqualTypeOf<[PetsUpdatePetParams, (RequestOptions | undefined)?]>();
  });

  test("accepts either member, rejects what matches neither", () => {
    async function calls() {
      const cat = await client.pets.updatePet({ body: { meows: true } });
      await client.pets.updatePet({ body: { barks: false } });
      if ("meows" in cat) expectTypeOf(cat.meows).toEqualTypeOf<boolean>();
      // @ts-expect-error matches neither member
      await client.pets.updatePet({ body: { purrs: true } });
      // @ts-expect-error an empty object matches neither (each member has a required property)
      await client.pets.updatePet({ body: {} });
      // @ts-expect-error neither member allows `extra` (additionalProperties: false)
      await client.pets.updatePet({ body: { meows: true, extra: 1 } });
      // @ts-expect-error a oneOf body is not spread
      await client.pets.updatePet({ meows: true });
    }
    expectTypeOf(calls).toBeFunction();
  });

  // Not tested: `{ meows: true, barks: true }` matches neither closed member, but TypeScript
  // unions accept it; openapi-typescript emits oneOf as a plain union (no exclusive-or types).
});
