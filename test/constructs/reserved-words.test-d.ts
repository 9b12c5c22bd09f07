// Reserved words and invalid identifiers (test/fixtures/constructs/reserved-words.yaml): path
// parameter `class`, path parameter `item-id`, operationId `delete`, tag `default`, query
// parameters `new` and `my-param`, schema `my-weird.schema`.
import { describe, expectTypeOf, test } from "vitest";
import type { RequestOptions } from "../../src/runtime/index.js";
import type { Default, DefaultDeleteParams, MyWeirdSchema, ReservedWords } from "./generated/reserved-words/index.js";

declare const client: ReservedWords;

describe("reserved words", () => {
  test("tag `default` is the resource `default_` (class Default); operationId `delete` is the method `delete_`", () => {
    expectTypeOf<ReservedWords["default_"]>().toEqualTypeOf<Default>();
    expectTypeOf<Default["delete_"]>().parameters.toEqualTypeOf<[string, (DefaultDeleteParams | undefined)?, (RequestOptions | undefined)?]>();
    expectTypeOf<Default["delete_"]>().returns.resolves.toEqualTypeOf<undefined>();
  });

  test("path parameters `class` and `item-id` become the identifiers `class_` and `itemId`", () => {
    expectTypeOf<Default["delete_"]>().parameter(0).toEqualTypeOf<string>();
    expectTypeOf<Default["getItem"]>().parameters.toEqualTypeOf<[string, (RequestOptions | undefined)?]>();
    // The parameter names themselves are only visible in the emitted source; see reserved-words in operations.test.ts.
  });

  test("query parameters that are not identifiers keep their spec names in params", () => {
    expectTypeOf<DefaultDeleteParams>().branded.toEqualTypeOf<{ new?: boolean; "my-param"?: string }>();
  });

  test("a schema whose name is not an identifier is aliased in PascalCase", () => {
    expectTypeOf<MyWeirdSchema>().branded.toEqualTypeOf<{ ok: boolean }>();
  });

  test("calls", () => {
    async function calls() {
      await client.default_.delete_("math", { new: true, "my-param": "x" });
      await client.default_.getItem("i-1");
      const schema = await client.default_.getSchema();
      expectTypeOf(schema).branded.toEqualTypeOf<MyWeirdSchema>();
      // @ts-expect-error new is a boolean
      await client.default_.delete_("math", { new: "yes" });
      // @ts-expect-error the path parameter is required
      await client.default_.delete_();
    }
    expectTypeOf(calls).toBeFunction();
  });
});
