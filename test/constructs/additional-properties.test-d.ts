// additionalProperties true / schema / false (test/fixtures/constructs/additional-properties.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { AdditionalProperties, Closed, Counts, MapsCreateCountsResponse, Open } from "./generated/additional-properties/index.js";

declare const client: AdditionalProperties;

describe("additionalProperties", () => {
  test("true: any extra key; schema: every key of that type; false: no extra key", () => {
    expectTypeOf<Open["id"]>().toEqualTypeOf<string>();
    expectTypeOf<{ id: string; extra: number }>().toExtend<Open>();
    expectTypeOf<Open>().toHaveProperty("anything");
    expectTypeOf<{ a: number; b: number }>().toExtend<Counts>();
    expectTypeOf<{ a: string }>().not.toExtend<Counts>();
    expectTypeOf<Closed>().branded.toEqualTypeOf<{ id: string }>();
    expectTypeOf<MapsCreateCountsResponse>().branded.toEqualTypeOf<Counts>();
  });

  test("the body's fields, extra keys included, are spread into params", () => {
    async function calls() {
      const open = await client.maps.createOpen({ id: "a", extra: 1, other: "x", nested: { ok: true } });
      expectTypeOf(open.id).toEqualTypeOf<string>();
      const counts = await client.maps.createCounts({ apples: 1, pears: 2 });
      expectTypeOf(counts.apples).toEqualTypeOf<number | undefined>();
      await client.maps.createClosed({ id: "a" });
      // @ts-expect-error Open still requires id
      await client.maps.createOpen({ extra: 1 });
      // @ts-expect-error every value of Counts is an integer
      await client.maps.createCounts({ apples: "one" });
      // @ts-expect-error Closed allows no property but id
      await client.maps.createClosed({ id: "a", extra: 1 });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
