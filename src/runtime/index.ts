// The runtime that generated clients import. Public: a client generated outside this
// repository imports it as "<package>/runtime".
export { BaseClient, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./client.js";
export type { AuthScheme, ClientDefinition, ClientOptions, Credential, Credentials } from "./client.js";
export type { Hooks } from "./hooks.js";
export { type ParamsLayout, splitParams } from "./params.js";
export type { BinaryBody, ParamStyle } from "./serialize.js";
export { Transport } from "./transport.js";
export { APIPromise, type WithResponse } from "./api-promise.js";
export type { Logger, LogLevel } from "./logger.js";
export type {
  ResolvedCredentials,
  SecurityRequirements,
  HttpMethod,
  OperationInput,
  ParamLocation,
  ParamStyles,
  RequestOptions,
  ResponseType,
  TransportConfig,
} from "./types.js";
export * from "../core/errors.js";
