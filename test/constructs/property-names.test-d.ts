// Property names __proto__, constructor, $ref, my-prop (test/fixtures/constructs/property-names.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { PropertyNames, Weird, ObjectsPutWeirdParams, ObjectsPutWeirdResponse } from "./generated/property-names/index.js";

declare const client: PropertyNames;

describe("property names that are special or not identifiers", () => {
  test("each is a property of its own type", () => {
    expectTypeOf<Weird["__proto__"]>().toEqualTypeOf<string>();
    expectTypeOf<Weird["constructor"]>().toEqualTypeOf<number>();
    expectTypeOf<Weird["$ref"]>().toEqualTypeOf<string>();
    expectTypeOf<Weird["my-prop"]>().toEqualTypeOf<boolean>();
    expectTypeOf<ObjectsPutWeirdParams>().toExtend<Weird>();
    expectTypeOf<ObjectsPutWeirdResponse>().toExtend<Weird>();
  });

  test("they are body fields of params, and readable from the response", () => {
    async function calls() {
      const weird = await client.objects.putWeird({ ["__proto__"]: "p", constructor: 1, $ref: "r", "my-prop": true });
      expectTypeOf(weird["my-prop"]).toEqualTypeOf<boolean>();
      expectTypeOf(weird.$ref).toEqualTypeOf<string>();
      // @ts-expect-error constructor is an integer here, not a function
      await client.objects.putWeird({ ["__proto__"]: "p", constructor: () => 1, $ref: "r", "my-prop": true });
      // @ts-expect-error my-prop is required
      await client.objects.putWeird({ ["__proto__"]: "p", constructor: 1, $ref: "r" });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
