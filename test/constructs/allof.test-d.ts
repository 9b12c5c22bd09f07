// allOf (test/fixtures/constructs/allof.yaml): Dog = Pet & { bark }.
import { describe, expectTypeOf, test } from "vitest";
import type { RequestOptions } from "../../src/runtime/index.js";
import type { AllOf, Dog, DogsCreateDogParams, DogsCreateDogResponse, Pet } from "./generated/allof/index.js";

declare const client: AllOf;

describe("allOf", () => {
  test("the composed schema has the properties of every part", () => {
    expectTypeOf<Pet>().branded.toEqualTypeOf<{ name: string; tag?: string }>();
    expectTypeOf<Dog>().branded.toEqualTypeOf<{ name: string; tag?: string; bark: boolean }>();
    expectTypeOf<{ name: string }>().not.toExtend<Dog>();
    expectTypeOf<{ bark: boolean }>().not.toExtend<Dog>();
  });

  test("an allOf object body is spread into params; response is the schema", () => {
    expectTypeOf<DogsCreateDogParams>().branded.toEqualTypeOf<{ name: string; tag?: string; bark: boolean }>();
    expectTypeOf<DogsCreateDogResponse>().branded.toEqualTypeOf<Dog>();
    expectTypeOf<AllOf["dogs"]["createDog"]>().parameters.toEqualTypeOf<[DogsCreateDogParams, (RequestOptions | undefined)?]>();
    expectTypeOf<AllOf["dogs"]["createDog"]>().returns.resolves.toEqualTypeOf<DogsCreateDogResponse>();
  });

  test("accepts the fields of every part, rejects a missing or mistyped one", () => {
    async function calls() {
      await client.dogs.createDog({ name: "Rex", bark: true });
      await client.dogs.createDog({ name: "Rex", bark: false, tag: "good" });
      // @ts-expect-error bark (the inline part) is required
      await client.dogs.createDog({ name: "Rex" });
      // @ts-expect-error name (the $ref'd part) is required
      await client.dogs.createDog({ bark: true });
      // @ts-expect-error bark is a boolean
      await client.dogs.createDog({ name: "Rex", bark: "yes" });
      // @ts-expect-error neither part has `color`
      await client.dogs.createDog({ name: "Rex", bark: true, color: "brown" });
      // @ts-expect-error the body is required, so params is
      await client.dogs.createDog();
    }
    expectTypeOf(calls).toBeFunction();
  });
});
