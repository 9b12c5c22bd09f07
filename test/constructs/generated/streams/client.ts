// Generated from test/fixtures/constructs/streams.yaml (sha256 2403801cb0a0fd746edf1c6dfb2838069252907874855983e8cf7686582d441e) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, Stream, type Transport } from "../../../../src/runtime/index.js";
export type Change = components["schemas"]["Change"];
export type Token = components["schemas"]["Token"];
/** Body fields of POST /completions. */
export type CompletionsCreateCompletionParams = NonNullable<paths["/completions"]["post"]["requestBody"]>["content"]["application/json"];
/** Success body of POST /completions. */
export type CompletionsCreateCompletionResponse = string;
/** Error body of POST /completions, as `APIError.body`. */
export type CompletionsCreateCompletionError = unknown;
/** One item of the stream of POST /completions. */
export type CompletionsCreateCompletionItem = Token;
/** Query parameters of GET /events. */
export type EventsListenEventsParams = Pick<NonNullable<paths["/events"]["get"]["parameters"]["query"]>, "topic">;
/** Success body of GET /events. */
export type EventsListenEventsResponse = string;
/** Error body of GET /events, as `APIError.body`. */
export type EventsListenEventsError = unknown;
/** One item of the stream of GET /events. */
export type EventsListenEventsItem = Change;
/** Success body of GET /logs. */
export type EventsTailLogsResponse = string;
/** Error body of GET /logs, as `APIError.body`. */
export type EventsTailLogsError = unknown;
/** One item of the stream of GET /logs. */
export type EventsTailLogsItem = string;
/** Success body of GET /export. */
export type RecordsExportRecordsResponse = Blob;
/** Error body of GET /export, as `APIError.body`. */
export type RecordsExportRecordsError = unknown;
/** One item of the stream of GET /export. */
export type RecordsExportRecordsItem = Change;

/** Operations tagged `completions`. */
export class Completions {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /completions
   *
   * `POST /completions`
   */
  createCompletion(params: CompletionsCreateCompletionParams, options?: RequestOptions): APIPromise<Stream<CompletionsCreateCompletionItem>> {
    return this.#transport.request<Stream<CompletionsCreateCompletionItem>>("POST", "/completions", { ...splitParams(params, { body: "spread" }), accept: "text/event-stream", stream: Stream.reader<CompletionsCreateCompletionItem>({ "format": "sse", "data": "json" }) }, options);
  }
}

/** Operations tagged `events`. */
export class Events {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /events
   *
   * `GET /events`
   */
  listenEvents(params?: EventsListenEventsParams, options?: RequestOptions): APIPromise<Stream<EventsListenEventsItem>> {
    return this.#transport.request<Stream<EventsListenEventsItem>>("GET", "/events", { ...splitParams(params, { query: ["topic"], body: "none" }), accept: "text/event-stream", stream: Stream.reader<EventsListenEventsItem>({ "format": "sse", "data": "json" }) }, options);
  }

  /**
   * GET /logs
   *
   * `GET /logs`
   */
  tailLogs(options?: RequestOptions): APIPromise<Stream<EventsTailLogsItem>> {
    return this.#transport.request<Stream<EventsTailLogsItem>>("GET", "/logs", { accept: "text/event-stream", stream: Stream.reader<EventsTailLogsItem>({ "format": "sse", "data": "text" }) }, options);
  }
}

/** Operations tagged `records`. */
export class Records {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /export
   *
   * `GET /export`
   */
  exportRecords(options?: RequestOptions): APIPromise<Stream<RecordsExportRecordsItem>> {
    return this.#transport.request<Stream<RecordsExportRecordsItem>>("GET", "/export", { accept: "application/x-ndjson", stream: Stream.reader<RecordsExportRecordsItem>({ "format": "ndjson" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "Streams", "baseUrl": "https://api.example.com", "auth": [], "authRequired": false, "env": {} };

/** Options of the Streams client (Streams). */
export interface StreamsOptions extends ClientOptions {
}

/** Client for Streams. */
export class Streams extends BaseClient {
  readonly completions: Completions;
  readonly events: Events;
  readonly records: Records;

  constructor(options: StreamsOptions = {}) {
    super(options, definition);
    this.completions = new Completions(this.transport);
    this.events = new Events(this.transport);
    this.records = new Records(this.transport);
  }
}
