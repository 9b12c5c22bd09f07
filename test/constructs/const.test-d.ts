// const (test/fixtures/constructs/const.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { Const, Event, EventsPublishEventParams } from "./generated/const/index.js";

declare const client: Const;

describe("const", () => {
  test("a const is its one literal value", () => {
    expectTypeOf<Event["kind"]>().toEqualTypeOf<"created">();
    expectTypeOf<Event["version"]>().toEqualTypeOf<2>();
    expectTypeOf<Event["final"]>().toEqualTypeOf<true | undefined>();
    expectTypeOf<EventsPublishEventParams["format"]>().toEqualTypeOf<"json">();
  });

  test("accepts the const value, rejects any other", () => {
    async function calls() {
      const event = await client.events.publishEvent({ format: "json", kind: "created", version: 2 });
      expectTypeOf(event.kind).toEqualTypeOf<"created">();
      await client.events.publishEvent({ format: "json", kind: "created", version: 2, final: true });
      // @ts-expect-error kind is always "created"
      await client.events.publishEvent({ format: "json", kind: "deleted", version: 2 });
      // @ts-expect-error version is always 2
      await client.events.publishEvent({ format: "json", kind: "created", version: 3 });
      // @ts-expect-error final is always true
      await client.events.publishEvent({ format: "json", kind: "created", version: 2, final: false });
      // @ts-expect-error the query parameter format is always "json"
      await client.events.publishEvent({ format: "xml", kind: "created", version: 2 });
      // @ts-expect-error format is a required query parameter
      await client.events.publishEvent({ kind: "created", version: 2 });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
