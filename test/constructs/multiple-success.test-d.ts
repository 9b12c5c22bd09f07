// Several success statuses (test/fixtures/constructs/multiple-success.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { Created, MultipleSuccess, Thing, ThingsFindThingResponse, ThingsUpsertThingResponse } from "./generated/multiple-success/index.js";

declare const client: MultipleSuccess;

describe("several success statuses", () => {
  test("200 + 201 is the union of their bodies; 200 + 204 adds undefined", () => {
    expectTypeOf<ThingsUpsertThingResponse>().branded.toEqualTypeOf<Thing | Created>();
    expectTypeOf<ThingsFindThingResponse>().branded.toEqualTypeOf<Thing | undefined>();
  });

  test("callers narrow the union", () => {
    async function calls() {
      const result = await client.things.upsertThing("t1", { name: "n" });
      if ("created" in result) expectTypeOf(result.created).toEqualTypeOf<true>();
      else expectTypeOf(result.name).toEqualTypeOf<string>();
      const found = await client.things.findThing("t1");
      // @ts-expect-error found may be undefined (204)
      void found.name;
      if (found !== undefined) expectTypeOf(found.name).toEqualTypeOf<string>();
    }
    expectTypeOf(calls).toBeFunction();
  });
});
