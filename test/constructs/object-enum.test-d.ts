// `type: object` with an enum of strings (test/fixtures/constructs/object-enum.yaml): the strings
// allow no object and are ignored; the type is the object's properties, not `any` or `never`.
import { describe, expectTypeOf, test } from "vitest";
import type { GroupsListProductGroupsResponse, ProductGroup } from "./generated/object-enum/index.js";

describe("an object schema whose enum lists strings", () => {
  test("types as its properties", () => {
    expectTypeOf<ProductGroup>().not.toBeAny();
    expectTypeOf<ProductGroup>().not.toBeNever();
    expectTypeOf<ProductGroup>().toEqualTypeOf<{ name: string }>();
    expectTypeOf<GroupsListProductGroupsResponse>().toEqualTypeOf<ProductGroup[]>();
  });
});
