// A discriminator inherited through allOf (test/fixtures/constructs/discriminator-inherited.yaml):
// DestinationResult declares `class` itself and is not in Result's mapping; its declaration is
// the type (one property, no TS2300 duplicate), required as a discriminator property is.
import { describe, expectTypeOf, test } from "vitest";
import type { BooleanResult, DestinationResult, DiscriminatorInherited, ResultsResolveDestinationParams } from "./generated/discriminator-inherited/index.js";

declare const client: DiscriminatorInherited;

describe("a discriminator property declared by the schema that inherits it", () => {
  test("is the declared enum, required, next to the inherited and own properties", () => {
    expectTypeOf<DestinationResult["class"]>().toEqualTypeOf<"DestinationResult">();
    expectTypeOf<DestinationResult["destination"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DestinationResult["notRequired"]>().toEqualTypeOf<Record<string, unknown> | undefined>();
    expectTypeOf<ResultsResolveDestinationParams>().branded.toEqualTypeOf<DestinationResult>();
  });

  test("a mapped member still gets its mapping key", () => {
    expectTypeOf<BooleanResult["class"]>().toEqualTypeOf<"BooleanResult">();
    expectTypeOf<BooleanResult["value"]>().toEqualTypeOf<boolean | undefined>();
  });

  test("the body needs the declared value", () => {
    async function calls() {
      await client.results.resolveDestination({ class: "DestinationResult", destination: "library" });
      // @ts-expect-error the discriminator property is required
      await client.results.resolveDestination({ destination: "library" });
      // @ts-expect-error another schema's value
      await client.results.resolveDestination({ class: "BooleanResult" });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
