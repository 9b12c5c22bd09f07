// Path keys with a query of templated pairs (test/fixtures/constructs/path-query.yaml): the
// templated names are required query parameters, declared or not; the path is the part before `?`.
import { describe, expectTypeOf, test } from "vitest";
import type { IconsLatestIconsParams, IconsTotalIconsParams, PathQuery, paths } from "./generated/path-query/index.js";

declare const client: PathQuery;

describe("a path key's query", () => {
  test("its names are required query parameters with their declared types; an undeclared one is a string", () => {
    expectTypeOf<IconsLatestIconsParams>().toEqualTypeOf<{ amount: number; term: string; platform?: string }>();
    expectTypeOf<IconsTotalIconsParams>().toEqualTypeOf<{ since: string }>();
  });

  test("the path is the key without its query; a literal query stays in its key", () => {
    expectTypeOf<keyof paths>().toEqualTypeOf<"/icons/latest" | "/icons/total" | "/icons/{id}/search?style=flat&size=64">();
  });

  test("a call needs every templated name", () => {
    async function calls() {
      await client.icons.latestIcons({ term: "cat", amount: 5 });
      // @ts-expect-error term is in the key's query: required
      await client.icons.latestIcons({ amount: 5 });
      // @ts-expect-error amount is an integer
      await client.icons.latestIcons({ term: "cat", amount: "5" });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
