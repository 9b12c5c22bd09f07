// discriminator (test/fixtures/constructs/discriminator.yaml): MappedPet by petType with a
// mapping (cat, dog), UnmappedPet by kind without one (implicit: the schema names Lizard, Snake).
import { describe, expectTypeOf, test } from "vitest";
import type {
  Cat,
  Discriminator,
  Dog,
  Lizard,
  MappedPet,
  PetsCreateMappedParams,
  PetsCreateMappedResponse,
  PetsCreateUnmappedParams,
  PetsCreateUnmappedResponse,
  Snake,
  UnmappedPet,
} from "./generated/discriminator/index.js";

declare const client: Discriminator;

describe("discriminator with mapping", () => {
  test("each member's discriminator property is its mapping key", () => {
    expectTypeOf<Cat["petType"]>().toEqualTypeOf<"cat">();
    expectTypeOf<Dog["petType"]>().toEqualTypeOf<"dog">();
    expectTypeOf<MappedPet["petType"]>().toEqualTypeOf<"cat" | "dog">();
    expectTypeOf<PetsCreateMappedParams>().branded.toEqualTypeOf<{ body: Cat | Dog }>();
    expectTypeOf<PetsCreateMappedResponse>().branded.toEqualTypeOf<MappedPet>();
  });

  test("accepts a member with its own discriminator value, rejects another's or an unknown one", () => {
    async function calls() {
      await client.pets.createMapped({ body: { petType: "cat", meows: true } });
      await client.pets.createMapped({ body: { petType: "dog", barks: false } });
      // @ts-expect-error petType "dog" selects Dog, which needs barks
      await client.pets.createMapped({ body: { petType: "dog", meows: true } });
      // @ts-expect-error "bird" is not in the mapping
      await client.pets.createMapped({ body: { petType: "bird", meows: true } });
      // @ts-expect-error the discriminator property is required
      await client.pets.createMapped({ body: { meows: true } });
    }
    expectTypeOf(calls).toBeFunction();
  });

  test("the response narrows on the discriminator", () => {
    async function narrowing() {
      const pet = await client.pets.createMapped({ body: { petType: "cat", meows: true } });
      if (pet.petType === "cat") expectTypeOf(pet.meows).toEqualTypeOf<boolean>();
      else expectTypeOf(pet.barks).toEqualTypeOf<boolean>();
    }
    expectTypeOf(narrowing).toBeFunction();
  });
});

describe("discriminator without mapping", () => {
  test("the discriminator value of each member is its schema name", () => {
    expectTypeOf<Lizard["kind"]>().toEqualTypeOf<"Lizard">();
    expectTypeOf<Snake["kind"]>().toEqualTypeOf<"Snake">();
    expectTypeOf<UnmappedPet["kind"]>().toEqualTypeOf<"Lizard" | "Snake">();
    expectTypeOf<PetsCreateUnmappedParams>().branded.toEqualTypeOf<{ body: Lizard | Snake }>();
    expectTypeOf<PetsCreateUnmappedResponse>().branded.toEqualTypeOf<UnmappedPet>();
  });

  test("accepts the schema name as value, rejects another member's or a differently cased one", () => {
    async function calls() {
      const pet = await client.pets.createUnmapped({ body: { kind: "Lizard", scales: 3 } });
      if (pet.kind === "Snake") expectTypeOf(pet.length).toEqualTypeOf<number>();
      await client.pets.createUnmapped({ body: { kind: "Snake", length: 1.5 } });
      // @ts-expect-error kind "Snake" selects Snake, which needs length
      await client.pets.createUnmapped({ body: { kind: "Snake", scales: 3 } });
      // @ts-expect-error the implicit mapping value is the schema name, "Lizard"
      await client.pets.createUnmapped({ body: { kind: "lizard", scales: 3 } });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
