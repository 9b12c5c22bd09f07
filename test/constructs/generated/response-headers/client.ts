// Generated from test/fixtures/constructs/response-headers.yaml (sha256 0bf82aee61b9c7e586844332f3eb5c1ece04cd17adb4fdff3e1ebfac68bd9dab) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, declaredHeaders, type PageItem, PagePromise, type RequestOptions, splitParams, Stream, type Transport } from "../../../../src/runtime/index.js";
export type Tier = components["schemas"]["Tier"];
/** Success body of GET /events. */
export type EventsStreamEventsResponse = string;
/** Error body of GET /events, as `APIError.body`. */
export type EventsStreamEventsError = unknown;
/** One item of the stream of GET /events. */
export type EventsStreamEventsItem = paths["/events"]["get"]["responses"]["200"]["content"]["text/event-stream"];

/** Response headers of GET /events, parsed, as `.withResponse()` gives them in `headers`. */
export interface EventsStreamEventsHeaders {
  "X-Stream-Id": string;
}

/** Success body of GET /health. */
export type HealthGetHealthResponse = string;
/** Error body of GET /health, as `APIError.body`. */
export type HealthGetHealthError = string;

/** Response headers of GET /health, parsed, as `.withResponse()` gives them in `headers`. */
export interface HealthGetHealthHeaders {
  "X-Uptime"?: number;
}

/** Success body of GET /plain. */
export type HealthGetPlainResponse = paths["/plain"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /plain, as `APIError.body`. */
export type HealthGetPlainError = unknown;
/** Query parameters of GET /items. */
export type ItemsListItemsParams = Pick<NonNullable<paths["/items"]["get"]["parameters"]["query"]>, "per_page">;
/** Success body of GET /items. */
export type ItemsListItemsResponse = paths["/items"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /items, as `APIError.body`. */
export type ItemsListItemsError = unknown;
/** One item of a page of GET /items. */
export type ItemsListItemsItem = PageItem<ItemsListItemsResponse, []>;

/** Response headers of GET /items, parsed, as `.withResponse()` gives them in `headers`. */
export interface ItemsListItemsHeaders {
  "Link"?: string;
  "X-Total-Count": number;
}

/** Success body of POST /jobs. */
export type JobsCreateJobResponse = undefined;
/** Error body of POST /jobs, as `APIError.body`. */
export type JobsCreateJobError = unknown;

/** Response headers of POST /jobs, parsed, as `.withResponse()` gives them in `headers`. */
export interface JobsCreateJobHeaders {
  "Location"?: string;
  "Retry-After"?: number;
  "X-Job-Id": string | number;
}

/** Success body of GET /limits. */
export type LimitsGetLimitsResponse = paths["/limits"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /limits, as `APIError.body`. */
export type LimitsGetLimitsError = unknown;

/** Response headers of GET /limits, parsed, as `.withResponse()` gives them in `headers`. */
export interface LimitsGetLimitsHeaders {
  "X-Cached"?: boolean;
  "X-Cost"?: number;
  /** Not a primitive: kept as the raw text. */
  "X-Debug"?: string;
  "X-Modes"?: ("read" | "write")[];
  /** Requests left in the window. */
  "X-RateLimit-Remaining": number;
  /** When the window resets, in epoch seconds. */
  "X-RateLimit-Reset"?: number;
  "X-Region"?: "eu-west" | "us-east";
  "X-Request-Id"?: string;
  "X-Retry-Count"?: number;
  "X-Shards"?: number[];
  "X-Tags"?: string[];
  "X-Tier"?: "free" | "pro";
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
  streamEvents(options?: RequestOptions): APIPromise<Stream<EventsStreamEventsItem>, EventsStreamEventsHeaders> {
    return this.#transport.request<Stream<EventsStreamEventsItem>, EventsStreamEventsHeaders>("GET", "/events", { accept: "text/event-stream", responseHeaders: declaredHeaders({ "200": { "X-Stream-Id": "string" } }), stream: Stream.reader<EventsStreamEventsItem>({ "format": "sse", "data": "json" }) }, options);
  }
}

/** Operations tagged `health`. */
export class Health {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /health
   *
   * `GET /health`
   * @throws {APIError} default Any status; the only response.
   */
  getHealth(options?: RequestOptions): APIPromise<HealthGetHealthResponse, HealthGetHealthHeaders> {
    return this.#transport.request<HealthGetHealthResponse, HealthGetHealthHeaders>("GET", "/health", { responseType: "text", accept: "text/plain", responseHeaders: declaredHeaders({ "default": { "X-Uptime": "integer" } }) }, options);
  }

  /**
   * GET /plain
   *
   * `GET /plain`
   */
  getPlain(options?: RequestOptions): APIPromise<HealthGetPlainResponse> {
    return this.#transport.request<HealthGetPlainResponse>("GET", "/plain", {}, options);
  }
}

/** Operations tagged `items`. */
export class Items {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /items
   *
   * `GET /items`
   */
  listItems(params?: ItemsListItemsParams, options?: RequestOptions): PagePromise<ItemsListItemsResponse, ItemsListItemsItem, ItemsListItemsHeaders> {
    return new PagePromise<ItemsListItemsResponse, ItemsListItemsItem, ItemsListItemsHeaders>((page) => this.#transport.request<ItemsListItemsResponse, ItemsListItemsHeaders>("GET", "/items", { ...splitParams({ ...params, ...page.query }, { query: ["per_page"], body: "none" }), responseHeaders: declaredHeaders({ "200": { "Link": "string", "X-Total-Count": "integer" } }), url: page.url }, options).withResponse(), { "style": "link", "source": "header", "items": [] }, { query: { ...params } }, { origin: this.#transport.origin, signal: options?.signal });
  }
}

/** Operations tagged `jobs`. */
export class Jobs {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /jobs
   *
   * `POST /jobs`
   */
  createJob(options?: RequestOptions): APIPromise<JobsCreateJobResponse, JobsCreateJobHeaders> {
    return this.#transport.request<JobsCreateJobResponse, JobsCreateJobHeaders>("POST", "/jobs", { responseHeaders: declaredHeaders({ "201": { "Location": "string", "X-Job-Id": "string" }, "202": { "Retry-After": "integer", "X-Job-Id": "integer" } }) }, options);
  }
}

/** Operations tagged `limits`. */
export class Limits {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /limits
   *
   * `GET /limits`
   * @throws {RateLimitError} 429 Too many requests; an error, whose headers are APIError.headers.
   */
  getLimits(options?: RequestOptions): APIPromise<LimitsGetLimitsResponse, LimitsGetLimitsHeaders> {
    return this.#transport.request<LimitsGetLimitsResponse, LimitsGetLimitsHeaders>("GET", "/limits", { responseHeaders: declaredHeaders({ "200": { "X-Cached": "boolean", "X-Cost": "number", "X-Debug": "string", "X-Modes": { "items": { "enum": ["read", "write"] } }, "X-RateLimit-Remaining": "integer", "X-RateLimit-Reset": "integer", "X-Region": { "enum": ["eu-west", "us-east"] }, "X-Request-Id": "string", "X-Retry-Count": "integer", "X-Shards": { "items": "integer" }, "X-Tags": { "items": "string" }, "X-Tier": { "enum": ["free", "pro"] } } }) }, options);
  }
}

const definition: ClientDefinition = { "name": "ResponseHeaders", "baseUrl": "https://api.example.com", "auth": [], "authRequired": false, "env": {} };

/** Options of the ResponseHeaders client (Response headers). */
export interface ResponseHeadersOptions extends ClientOptions {
}

/** Client for Response headers. */
export class ResponseHeaders extends BaseClient {
  readonly events: Events;
  readonly health: Health;
  readonly items: Items;
  readonly jobs: Jobs;
  readonly limits: Limits;

  constructor(options: ResponseHeadersOptions = {}) {
    super(options, definition);
    this.events = new Events(this.transport);
    this.health = new Health(this.transport);
    this.items = new Items(this.transport);
    this.jobs = new Jobs(this.transport);
    this.limits = new Limits(this.transport);
  }
}
