// anyOf (test/fixtures/constructs/anyof.yaml): Criteria = ByName | ByAge (or both); response (string | integer)[].
import { describe, expectTypeOf, test } from "vitest";
import type { AnyOf, ByAge, ByName, Criteria, PeopleSearchParams, PeopleSearchResponse } from "./generated/anyof/index.js";

declare const client: AnyOf;

describe("anyOf", () => {
  test("anyOf is a union that admits values matching several members", () => {
    expectTypeOf<ByName>().branded.toEqualTypeOf<{ name: string }>();
    expectTypeOf<ByAge>().branded.toEqualTypeOf<{ age: number }>();
    expectTypeOf<{ name: string }>().toExtend<Criteria>();
    expectTypeOf<{ age: number }>().toExtend<Criteria>();
    expectTypeOf<{ name: string; age: number }>().toExtend<Criteria>();
    // biome-ignore lint/complexity/noBannedTypes: the empty object type is exactly what anyOf must reject.
    expectTypeOf<{}>().not.toExtend<Criteria>();
    expectTypeOf<PeopleSearchParams>().branded.toEqualTypeOf<{ body: ByName | ByAge }>();
    expectTypeOf<PeopleSearchResponse>().toEqualTypeOf<(string | number)[]>();
  });

  test("accepts one or both members, rejects neither", () => {
    async function calls() {
      const found = await client.people.search({ body: { name: "Ada" } });
      expectTypeOf(found).toEqualTypeOf<(string | number)[]>();
      await client.people.search({ body: { age: 36 } });
      await client.people.search({ body: { name: "Ada", age: 36 } });
      // @ts-expect-error matches no member
      await client.people.search({ body: {} });
      // @ts-expect-error name is a string
      await client.people.search({ body: { name: 1 } });
      // @ts-expect-error matches no member
      await client.people.search({ body: { nick: "A" } });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
