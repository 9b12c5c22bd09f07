// Generated from test/fixtures/constructs/text-plain.yaml (sha256 276dfdf8d3be6fd6c686998fcf59d1f1fc7ed928b114353a548012a0d75bef11) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** The request body (`body`) of POST /echo. */
export type TextEchoParams = { body: string };
/** Success body of POST /echo. */
export type TextEchoResponse = string;
/** Error body of POST /echo, as `APIError.body`. */
export type TextEchoError = unknown;
/** Success body of GET /report.csv. */
export type TextGetReportResponse = string;
/** Error body of GET /report.csv, as `APIError.body`. */
export type TextGetReportError = unknown;

/** Operations tagged `text`. */
export class Text {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /echo
   *
   * `POST /echo`
   */
  echo(params: TextEchoParams, options?: RequestOptions): APIPromise<TextEchoResponse> {
    return this.#transport.request<TextEchoResponse>("POST", "/echo", { ...splitParams(params, { body: "property" }), requestType: "text/plain", responseType: "text", accept: "text/plain" }, options);
  }

  /**
   * GET /report.csv
   *
   * `GET /report.csv`
   */
  getReport(options?: RequestOptions): APIPromise<TextGetReportResponse> {
    return this.#transport.request<TextGetReportResponse>("GET", "/report.csv", { responseType: "text", accept: "text/csv" }, options);
  }
}

const definition: ClientDefinition = { "name": "TextPlain", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the TextPlain client (TextPlain). */
export interface TextPlainOptions extends ClientOptions {
}

/** Client for TextPlain. */
export class TextPlain extends BaseClient {
  readonly text: Text;

  constructor(options: TextPlainOptions = {}) {
    super(options, definition);
    this.text = new Text(this.transport);
  }
}
