// Deprecated operations (test/fixtures/constructs/deprecated.yaml). The @deprecated tag itself
// is checked on the emitted source in operations.test.ts; here, that the method is still typed.
import { describe, expectTypeOf, test } from "vitest";
import type { Deprecated, ItemsListItemsResponse, ItemsListItemsV1Response } from "./generated/deprecated/index.js";

describe("deprecated operation", () => {
  test("is generated like any other", () => {
    expectTypeOf<Deprecated["items"]["listItemsV1"]>().returns.resolves.toEqualTypeOf<ItemsListItemsV1Response>();
    expectTypeOf<ItemsListItemsV1Response>().toEqualTypeOf<string[]>();
    expectTypeOf<ItemsListItemsResponse>().toEqualTypeOf<string[]>();
  });
});
