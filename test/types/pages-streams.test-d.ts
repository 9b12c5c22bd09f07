// Type-level tests of pages and streams: checked by tsc (vitest typecheck mode), never run.
import { describe, expectTypeOf, test } from "vitest";
import type { WithResponse } from "../../src/runtime/api-promise.js";
import type { ServerSentEvent } from "../../src/runtime/sse.js";
import type { PagePromise } from "../../src/runtime/page-promise.js";
import type { PaginationStrategy } from "../../src/runtime/pagination-strategy.js";
import type { Stream } from "../../src/runtime/stream.js";

interface Customer {
  id: string;
  email: string | null;
}
interface CustomerList {
  object: "list";
  data: Customer[];
  has_more: boolean;
}

declare const list: PagePromise<CustomerList, Customer>;
declare const stream: Stream<{ delta: string }>;

describe("PagePromise", () => {
  test("await gives the page body as it is typed today", () => {
    async function first() {
      return await list;
    }
    expectTypeOf(first).returns.resolves.toEqualTypeOf<CustomerList>();
    expectTypeOf(list.withResponse()).resolves.toEqualTypeOf<WithResponse<CustomerList>>();
  });

  test("for await gives items, .pages() gives page bodies", () => {
    async function loop() {
      for await (const customer of list) expectTypeOf(customer).toEqualTypeOf<Customer>();
      for await (const page of list.pages()) expectTypeOf(page).toEqualTypeOf<CustomerList>();
      for await (const page of list.pagesWithResponse()) expectTypeOf(page.response).toEqualTypeOf<Response>();
    }
    expectTypeOf(loop).returns.resolves.toBeVoid();
  });

  test("a strategy names its style's parameters, and only those", () => {
    expectTypeOf({
      style: "after",
      afterParam: "starting_after",
      idField: "id",
      hasMore: ["has_more"],
      items: ["data"],
    } as const).toMatchTypeOf<PaginationStrategy>();
    // @ts-expect-error: a cursor strategy needs to know where the next cursor is.
    const missing: PaginationStrategy = { style: "cursor", cursorParam: "cursor", items: ["data"] };
    // @ts-expect-error: "header" is the only source that is not a body path.
    const source: PaginationStrategy = { style: "link", source: "body", items: [] };
    expectTypeOf(missing).toEqualTypeOf(source);
  });
});

describe("Stream", () => {
  test("for await gives T; .events() gives raw events; toReadableStream() a stream of T", () => {
    async function loop() {
      for await (const chunk of stream) expectTypeOf(chunk).toEqualTypeOf<{ delta: string }>();
      for await (const event of stream.events()) expectTypeOf(event).toEqualTypeOf<ServerSentEvent>();
    }
    expectTypeOf(loop).returns.resolves.toBeVoid();
    expectTypeOf(stream.toReadableStream()).toEqualTypeOf<ReadableStream<{ delta: string }>>();
    expectTypeOf<ServerSentEvent>().toEqualTypeOf<{ event: string; data: string; id: string | undefined; retry: number | undefined }>();
  });
});
