// OpenAPI 3.2's itemSchema (test/fixtures/constructs/item-schema.yaml): openapi-typescript 7.13
// writes no type for it, yet each stream's T is the item the spec describes, not `unknown`: an
// event's data by contentSchema or as an object, a JSON Lines record, a $ref, plain-text data.
import { describe, expectTypeOf, test } from "vitest";
import type { APIPromise, Stream } from "../../src/runtime/index.js";
import type {
  ChatChatItem,
  ChatStreamItem,
  ItemSchema,
  Job,
  JobsExportJobsItem,
  JobsFeedJobsItem,
  JobsTailLogsItem,
  JobsWatchJobItem,
} from "./generated/item-schema/index.js";

declare const client: ItemSchema;

describe("itemSchema", () => {
  test("an event's data, JSON by contentSchema: the contentSchema", () => {
    expectTypeOf<ChatChatItem>().toEqualTypeOf<{ delta: string; finish?: boolean }>();
    expectTypeOf(client.chat.chat()).toEqualTypeOf<APIPromise<Stream<{ delta: string; finish?: boolean }>>>();
  });

  test("a copy's name does not take a schema the spec names already", () => {
    expectTypeOf<ChatChatItem>().not.toEqualTypeOf<ChatStreamItem>();
  });

  test("an event's data declared as an object, $refs inside it kept", () => {
    expectTypeOf<JobsWatchJobItem>().toEqualTypeOf<{ percent: number; job?: Job }>();
  });

  test("a JSON Lines record written inline", () => {
    expectTypeOf<JobsExportJobsItem>().toEqualTypeOf<{ id: string; state: "queued" | "running" | "finished" }>();
  });

  test("an itemSchema that is a $ref, and text data, as before", () => {
    expectTypeOf<JobsFeedJobsItem>().toEqualTypeOf<Job>();
    expectTypeOf<JobsTailLogsItem>().toEqualTypeOf<string>();
  });

  test("for await gives T", () => {
    async function iterate() {
      for await (const record of await client.jobs.exportJobs()) expectTypeOf(record.state).toEqualTypeOf<"queued" | "running" | "finished">();
      // @ts-expect-error a record has no `percent`
      for await (const record of await client.jobs.exportJobs()) record.percent;
    }
    expectTypeOf(iterate).toBeFunction();
  });
});
