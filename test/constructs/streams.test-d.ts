// Streaming operations (test/fixtures/constructs/streams.yaml): a method returns
// APIPromise<Stream<T>>, T the type of one event's data or record.
import { describe, expectTypeOf, test } from "vitest";
import type { APIPromise, Stream } from "../../src/runtime/index.js";
import type {
  Change,
  CompletionsCreateCompletionItem,
  EventsListenEventsItem,
  EventsTailLogsItem,
  RecordsExportRecordsItem,
  Streams,
  Token,
} from "./generated/streams/index.js";

declare const client: Streams;

describe("streams", () => {
  test("the item is the event's data or the record", () => {
    expectTypeOf<CompletionsCreateCompletionItem>().toEqualTypeOf<Token>();
    expectTypeOf<EventsListenEventsItem>().toEqualTypeOf<Change>();
    expectTypeOf<EventsTailLogsItem>().toEqualTypeOf<string>();
    expectTypeOf<RecordsExportRecordsItem>().toEqualTypeOf<Change>();
  });

  test("methods return APIPromise<Stream<T>>, and iterate T", () => {
    expectTypeOf(client.completions.createCompletion({ prompt: "hi" })).toEqualTypeOf<APIPromise<Stream<Token>>>();
    async function iterate() {
      for await (const token of await client.completions.createCompletion({ prompt: "hi" })) {
        expectTypeOf(token).toEqualTypeOf<Token>();
        expectTypeOf(token.text).toEqualTypeOf<string>();
      }
      for await (const line of await client.events.tailLogs()) expectTypeOf(line).toEqualTypeOf<string>();
      // @ts-expect-error the prompt is required
      await client.completions.createCompletion({});
    }
    expectTypeOf(iterate).toBeFunction();
  });
});
