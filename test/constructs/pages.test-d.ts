// Lists that page (test/fixtures/constructs/pages.yaml): `await` gives the page body typed as a
// plain call's, `for await` the items, `.pages()` the bodies.
import { describe, expectTypeOf, test } from "vitest";
import type { PagePromise } from "../../src/runtime/index.js";
import type { Item, ItemsListByCursorItem, ItemsListByCursorResponse, ItemsListLinkedItem, ItemsListTagsResponse, Pages } from "./generated/pages/index.js";

declare const client: Pages;

describe("pages", () => {
  test("the item is an element of the page's list", () => {
    expectTypeOf<ItemsListByCursorItem>().toEqualTypeOf<Item>();
    expectTypeOf<ItemsListLinkedItem>().toEqualTypeOf<Item>();
  });

  test("await gives the page, for await the items", () => {
    expectTypeOf(client.items.listByCursor()).toEqualTypeOf<PagePromise<ItemsListByCursorResponse, Item>>();
    async function iterate() {
      expectTypeOf(await client.items.listByCursor()).toEqualTypeOf<ItemsListByCursorResponse>();
      for await (const item of client.items.listByCursor({ limit: 10 })) expectTypeOf(item).toEqualTypeOf<Item>();
      for await (const page of client.items.listByCursor().pages()) expectTypeOf(page).toEqualTypeOf<ItemsListByCursorResponse>();
      expectTypeOf(await client.items.listTags()).toEqualTypeOf<ItemsListTagsResponse>();
      // @ts-expect-error a list that does not page is not iterable
      for await (const tag of client.items.listTags()) expectTypeOf(tag).toBeString();
    }
    expectTypeOf(iterate).toBeFunction();
  });
});
