// 204 No Content (test/fixtures/constructs/empty-204.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { Empty204, ThingsDeleteThingError, ThingsDeleteThingResponse, ThingsPingResponse } from "./generated/empty-204/index.js";

declare const client: Empty204;

describe("204", () => {
  test("a 204-only operation resolves to undefined", () => {
    expectTypeOf<ThingsDeleteThingResponse>().toEqualTypeOf<undefined>();
    expectTypeOf<ThingsPingResponse>().toEqualTypeOf<undefined>();
    expectTypeOf<Empty204["things"]["deleteThing"]>().returns.resolves.toEqualTypeOf<undefined>();
    expectTypeOf<ThingsDeleteThingError>().branded.toEqualTypeOf<{ message?: string }>();
  });

  test("calls", () => {
    async function calls() {
      await client.things.deleteThing("t1");
      await client.things.ping({ at: "now" });
      // @ts-expect-error ping's body is required
      await client.things.ping();
    }
    expectTypeOf(calls).toBeFunction();
  });
});
