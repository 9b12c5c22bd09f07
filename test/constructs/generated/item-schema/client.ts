// Generated from test/fixtures/constructs/item-schema.yaml (sha256 ee2f351955014811ef2dbbab67657329e3cda165baa8d2d210211f6c1b36b654) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, Stream, type Transport } from "../../../../src/runtime/index.js";
export type ChatStreamItem = components["schemas"]["ChatStreamItem"];
export type Job = components["schemas"]["Job"];
/** Success body of POST /chat. */
export type ChatChatResponse = string;
/** Error body of POST /chat, as `APIError.body`. */
export type ChatChatError = unknown;
/** One item of the stream of POST /chat. */
export type ChatChatItem = components["schemas"]["ChatStreamItem2"];
/** Success body of GET /jobs/export. */
export type JobsExportJobsResponse = Blob;
/** Error body of GET /jobs/export, as `APIError.body`. */
export type JobsExportJobsError = unknown;
/** One item of the stream of GET /jobs/export. */
export type JobsExportJobsItem = components["schemas"]["ExportJobsStreamItem"];
/** Success body of GET /jobs/feed. */
export type JobsFeedJobsResponse = Blob;
/** Error body of GET /jobs/feed, as `APIError.body`. */
export type JobsFeedJobsError = unknown;
/** One item of the stream of GET /jobs/feed. */
export type JobsFeedJobsItem = Job;
/** Success body of GET /jobs/{id}/progress. */
export type JobsWatchJobResponse = string;
/** Error body of GET /jobs/{id}/progress, as `APIError.body`. */
export type JobsWatchJobError = unknown;
/** One item of the stream of GET /jobs/{id}/progress. */
export type JobsWatchJobItem = components["schemas"]["WatchJobStreamItem"];
/** Success body of GET /logs. */
export type JobsTailLogsResponse = string;
/** Error body of GET /logs, as `APIError.body`. */
export type JobsTailLogsError = unknown;
/** One item of the stream of GET /logs. */
export type JobsTailLogsItem = string;

/** Operations tagged `chat`. */
export class Chat {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /chat
   *
   * `POST /chat`
   */
  chat(options?: RequestOptions): APIPromise<Stream<ChatChatItem>> {
    return this.#transport.request<Stream<ChatChatItem>>("POST", "/chat", { accept: "text/event-stream", stream: Stream.reader<ChatChatItem>({ "format": "sse", "data": "json" }) }, options);
  }
}

/** Operations tagged `jobs`. */
export class Jobs {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /jobs/export
   *
   * `GET /jobs/export`
   */
  exportJobs(options?: RequestOptions): APIPromise<Stream<JobsExportJobsItem>> {
    return this.#transport.request<Stream<JobsExportJobsItem>>("GET", "/jobs/export", { accept: "application/jsonl", stream: Stream.reader<JobsExportJobsItem>({ "format": "ndjson" }) }, options);
  }

  /**
   * GET /jobs/feed
   *
   * `GET /jobs/feed`
   */
  feedJobs(options?: RequestOptions): APIPromise<Stream<JobsFeedJobsItem>> {
    return this.#transport.request<Stream<JobsFeedJobsItem>>("GET", "/jobs/feed", { accept: "application/x-ndjson", stream: Stream.reader<JobsFeedJobsItem>({ "format": "ndjson" }) }, options);
  }

  /**
   * GET /jobs/{id}/progress
   *
   * `GET /jobs/{id}/progress`
   * @param id `id`
   */
  watchJob(id: string, options?: RequestOptions): APIPromise<Stream<JobsWatchJobItem>> {
    return this.#transport.request<Stream<JobsWatchJobItem>>("GET", "/jobs/{id}/progress", { path: { "id": id }, accept: "text/event-stream", stream: Stream.reader<JobsWatchJobItem>({ "format": "sse", "data": "json" }) }, options);
  }

  /**
   * GET /logs
   *
   * `GET /logs`
   */
  tailLogs(options?: RequestOptions): APIPromise<Stream<JobsTailLogsItem>> {
    return this.#transport.request<Stream<JobsTailLogsItem>>("GET", "/logs", { accept: "text/event-stream", stream: Stream.reader<JobsTailLogsItem>({ "format": "sse", "data": "text" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "ItemSchema", "baseUrl": "https://api.example.com", "auth": [], "authRequired": false, "env": {} };

/** Options of the ItemSchema client (Item schemas). */
export interface ItemSchemaOptions extends ClientOptions {
}

/** Client for Item schemas. */
export class ItemSchema extends BaseClient {
  readonly chat: Chat;
  readonly jobs: Jobs;

  constructor(options: ItemSchemaOptions = {}) {
    super(options, definition);
    this.chat = new Chat(this.transport);
    this.jobs = new Jobs(this.transport);
  }
}
