// Declared response headers (test/fixtures/constructs/response-headers.yaml): `.withResponse()`'s
// `headers` is typed per operation, required headers without `?`, one object for every success
// status; an operation that declares none has no keys to read.
import { describe, expectTypeOf, test } from "vitest";
import type { APIPromise, NoDeclaredHeaders, PagePromise, Stream, WithResponse } from "../../src/runtime/index.js";
import type {
  EventsStreamEventsHeaders,
  EventsStreamEventsItem,
  ItemsListItemsHeaders,
  ItemsListItemsItem,
  ItemsListItemsResponse,
  JobsCreateJobHeaders,
  LimitsGetLimitsHeaders,
  LimitsGetLimitsResponse,
  ResponseHeaders,
} from "./generated/response-headers/index.js";

declare const client: ResponseHeaders;

describe("response headers", () => {
  test("each declared header has its parsed type; only required ones lose the ?", () => {
    expectTypeOf<LimitsGetLimitsHeaders>().toEqualTypeOf<{
      "X-Cached"?: boolean;
      "X-Cost"?: number;
      "X-Debug"?: string;
      "X-Modes"?: ("read" | "write")[];
      "X-RateLimit-Remaining": number;
      "X-RateLimit-Reset"?: number;
      "X-Region"?: "eu-west" | "us-east";
      "X-Request-Id"?: string;
      "X-Retry-Count"?: number;
      "X-Shards"?: number[];
      "X-Tags"?: string[];
      "X-Tier"?: "free" | "pro";
    }>();
  });

  test("statuses that declare different headers give one object: a union per header, required only where every status requires it", () => {
    expectTypeOf<JobsCreateJobHeaders>().toEqualTypeOf<{ Location?: string; "Retry-After"?: number; "X-Job-Id": string | number }>();
  });

  test("withResponse() gives { data, response, headers }", async () => {
    const result = await client.limits.getLimits().withResponse();
    expectTypeOf(result).toEqualTypeOf<WithResponse<LimitsGetLimitsResponse, LimitsGetLimitsHeaders>>();
    expectTypeOf(result.headers["X-RateLimit-Remaining"]).toEqualTypeOf<number>();
    expectTypeOf(result.headers["X-RateLimit-Reset"]).toEqualTypeOf<number | undefined>();
    expectTypeOf(result.response).toEqualTypeOf<Response>();
    // @ts-expect-error X-Undeclared is not declared: read it from response.headers
    result.headers["X-Undeclared"];
    // @ts-expect-error Content-Type is ignored, as OpenAPI says
    result.headers["Content-Type"];
  });

  test("an operation that declares none has headers with no keys", async () => {
    const result = await client.health.getPlain().withResponse();
    expectTypeOf(result.headers).toEqualTypeOf<NoDeclaredHeaders>();
    // @ts-expect-error nothing is declared
    result.headers["X-Uptime"];
  });

  test("pages and streams carry their headers too", () => {
    expectTypeOf(client.items.listItems()).toEqualTypeOf<PagePromise<ItemsListItemsResponse, ItemsListItemsItem, ItemsListItemsHeaders>>();
    expectTypeOf(client.events.streamEvents()).toEqualTypeOf<APIPromise<Stream<EventsStreamEventsItem>, EventsStreamEventsHeaders>>();
    async function read() {
      for await (const page of client.items.listItems().pagesWithResponse()) {
        expectTypeOf(page.headers["X-Total-Count"]).toEqualTypeOf<number>();
        expectTypeOf(page.headers.Link).toEqualTypeOf<string | undefined>();
      }
      const { headers } = await client.events.streamEvents().withResponse();
      expectTypeOf(headers["X-Stream-Id"]).toEqualTypeOf<string>();
    }
    expectTypeOf(read).toBeFunction();
  });
});
