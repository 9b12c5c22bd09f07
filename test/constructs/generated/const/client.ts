// Generated from test/fixtures/constructs/const.yaml (sha256 435fee066f88e6482f0285943b8a7a56efca45038a487a5c9ab936016fb2dcc0) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Event = components["schemas"]["Event"];
/** Body fields and query parameters of POST /events. */
export type EventsPublishEventParams = Event & Pick<NonNullable<paths["/events"]["post"]["parameters"]["query"]>, "format">;
/** Success body of POST /events. */
export type EventsPublishEventResponse = Event;
/** Error body of POST /events, as `APIError.body`. */
export type EventsPublishEventError = unknown;

/** Operations tagged `events`. */
export class Events {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /events
   *
   * `POST /events`
   */
  publishEvent(params: EventsPublishEventParams, options?: RequestOptions): APIPromise<EventsPublishEventResponse> {
    return this.#transport.request<EventsPublishEventResponse>("POST", "/events", { ...splitParams(params, { query: ["format"], body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "Const", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the Const client (Const). */
export interface ConstOptions extends ClientOptions {
}

/** Client for Const. */
export class Const extends BaseClient {
  readonly events: Events;

  constructor(options: ConstOptions = {}) {
    super(options, definition);
    this.events = new Events(this.transport);
  }
}
