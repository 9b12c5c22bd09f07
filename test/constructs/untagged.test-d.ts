// Operations without tags (test/fixtures/constructs/untagged.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { RequestOptions } from "../../src/runtime/index.js";
import type { Things, Untagged, UntaggedGetVersionParams, UntaggedGetVersionResponse, UntaggedPingResponse } from "./generated/untagged/index.js";

declare const client: Untagged;

describe("untagged operations", () => {
  test("are methods of the client itself, typed under the client's name", () => {
    expectTypeOf<Untagged["ping"]>().parameters.toEqualTypeOf<[(RequestOptions | undefined)?]>();
    expectTypeOf<Untagged["ping"]>().returns.resolves.toEqualTypeOf<UntaggedPingResponse>();
    expectTypeOf<UntaggedPingResponse>().toEqualTypeOf<string>();
    expectTypeOf<Untagged["getVersion"]>().parameters.toEqualTypeOf<[(UntaggedGetVersionParams | undefined)?, (RequestOptions | undefined)?]>();
    expectTypeOf<UntaggedGetVersionParams>().branded.toEqualTypeOf<{ verbose?: boolean }>();
    expectTypeOf<UntaggedGetVersionResponse>().branded.toEqualTypeOf<{ version: string }>();
    expectTypeOf<Untagged["things"]>().toEqualTypeOf<Things>();
  });

  test("tagged and untagged operations each live in one place only", () => {
    async function calls() {
      await client.ping();
      await client.getVersion({ verbose: true });
      await client.things.listThings();
      // @ts-expect-error listThings is tagged: it is on client.things
      await client.listThings();
      // @ts-expect-error ping is untagged: it is on the client
      await client.things.ping();
    }
    expectTypeOf(calls).toBeFunction();
  });
});
