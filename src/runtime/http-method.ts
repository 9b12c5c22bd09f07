/**
 * The HTTP methods an OpenAPI path item can hold (OpenAPI 3.1 §4.8.9), in the order the spec
 * lists them: the one list for the runtime's `HttpMethod` and the generator's walk over
 * operations (which also orders a path's methods by it).
 */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** A path item's key for an operation: `get`, `put`, …. */
export type OperationMethod = (typeof HTTP_METHODS)[number];

/** A method as a request sends it: `GET`, `PUT`, …. */
export type HttpMethod = Uppercase<OperationMethod>;
