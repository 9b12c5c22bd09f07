// The runtime that generated clients import. Public: a client generated outside this
// repository imports it as "<package>/runtime".
export { BaseClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { AuthScheme, ClientDefinition, ClientOptions, Credential, Credentials } from "./client.js";
export type { Hooks } from "./hooks.js";
export { type ParamsLayout, splitParams } from "./params.js";
export type { BinaryBody, ParamStyle } from "./serialize.js";
export { Transport } from "./transport.js";
export { APIPromise, type WithResponse } from "./api-promise.js";
// Typed response headers: imported only by generated methods of operations that declare some.
export {
  declaredHeaders,
  type HeaderEnum,
  type HeaderSchema,
  type HeaderTable,
  type HeaderType,
  type NoDeclaredHeaders,
} from "./response-headers.js";
export type { Logger, LogLevel } from "./logger.js";
// Pages and streams: imported only by generated methods that page or stream, so that a client
// without either bundles neither (test/runtime/pages-streams-bundle.test.ts).
export { Stream, type StreamFormat, type StreamOptions, type SseDataMode } from "./stream.js";
export type { ServerSentEvent } from "./sse.js";
export { StreamDecodeError } from "./json-records.js";
export { PagePromise, type FetchPage, type PagePromiseOptions } from "./page-promise.js";
export { PaginationError, type PaginationErrorReason } from "./pagination.js";
export type { PageItem, PaginationStrategy, PageRequest } from "./pagination-strategy.js";
export type {
  ResolvedCredentials,
  SecurityRequirements,
  StreamHandoff,
  HttpMethod,
  OperationInput,
  ParamLocation,
  ParamStyles,
  RequestOptions,
  ResponseType,
  TransportConfig,
} from "./types.js";
export * from "../core/errors.js";
