// Public entry point: both clients and the error classes. Types of each API's schemas are
// exported from its own subpath ("<package>/modbox", "<package>/aitronos").
export { Aitronos, AitronosError, type AitronosOptions } from "./aitronos.js";
export { Modbox, ModboxError, ModboxOpenApiClient, type ModboxOptions } from "./modbox.js";
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ClientError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./core/errors.js";
export { APIPromise } from "./runtime/index.js";
export type { ClientOptions, Hooks, Logger, LogLevel, RequestOptions, WithResponse } from "./runtime/index.js";
