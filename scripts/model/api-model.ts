/**
 * The normalised model of an API: what the client emitter, the CLI and the diff's SDK report
 * read instead of the raw document (which only scripts/document/ walks). Built by normalizeSpec.
 */
import type { PaginationStrategy } from "../../src/runtime/pagination-strategy.js";
import type { ClientConfig } from "../pipeline/config.js";
import type { ModelWarning } from "./pagination.js";
import type { ResponseHeaderModel } from "./response-headers.js";
import type { StreamModel } from "./streaming.js";

export type { ModelWarning, ResponseHeaderModel, StreamModel };

/** The API as the client emitter sees it: resources, operations and their parameters, in a stable order. */
export interface ApiModel {
  clientName: string;
  title: string;
  baseUrl: string;
  auth: AuthModel[];
  /** Every operation needs credentials (see `authRequired`). */
  authRequired: boolean;
  /** The document's `security`, as alternatives of credential options; undefined when it declares none. */
  security: string[][] | undefined;
  /** The document marks properties readOnly or writeOnly: request and response types must tell them apart. */
  usesReadWrite: boolean;
  env: NonNullable<ClientConfig["env"]>;
  resources: ResourceModel[];
  /** Operations without a tag: methods of the client itself. */
  rootOperations: OperationModel[];
  /** `components.schemas` names, sorted. */
  schemaNames: string[];
  /** Problems that did not stop generation (a pagination setting that does not fit), in operation order; absent when there are none. */
  warnings?: ModelWarning[];
}

/** One client option per credential; mirrors the runtime's `AuthScheme`. */
export type AuthModel =
  | { kind: "bearer"; option: string }
  | { kind: "basic"; option: string; passwordOption: string }
  | { kind: "apiKey"; option: string; in: "header" | "query" | "cookie"; name: string };

export interface ResourceModel {
  tag: string;
  /** Property of the client, e.g. `workspaces`. */
  property: string;
  /** Class name, e.g. `Workspaces`. */
  className: string;
  description: string | undefined;
  operations: OperationModel[];
}

export interface OperationModel {
  methodName: string;
  httpMethod: string;
  path: string;
  pointer: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  pathParams: PathParamModel[];
  queryParams: ParamModel[];
  headerParams: ParamModel[];
  cookieParams: ParamModel[];
  body: BodyModel | undefined;
  success: ResponseModel[];
  errors: ResponseModel[];
  /** How the runtime reads a success body. */
  responseType: "json" | "text" | "blob";
  /** Media type asked for in `Accept`: the success body's, when there is one. */
  accept: string | undefined;
  /** The operation's own `security` (overriding the document's), as alternatives of credential options. */
  security: string[][] | undefined;
  /** The path with RFC 6570 markers for non-simple path styles (`{;id}`, `{.id*}`), as openapi-fetch expands them. */
  pathTemplate: string;
  /** How the list pages (scripts/model/pagination.ts); absent when it does not. Its method returns a PagePromise. */
  pagination?: PaginationStrategy;
  /** The success response is a stream of events or records (scripts/model/streaming.ts); absent otherwise. Its method returns APIPromise<Stream<T>>. */
  stream?: StreamModel;
}

export interface PathParamModel {
  name: string;
  /** Positional parameter name, e.g. `workspaceId`. */
  identifier: string;
  description: string | undefined;
  /** The TypeScript type when the schema is a plain primitive, for readable signatures. */
  primitive: "string" | "number" | "boolean" | undefined;
}

export interface ParamModel {
  name: string;
  required: boolean;
  /** Set when `style` / `explode` differ from the location's default. */
  style: { style: string; explode: boolean } | undefined;
}

export interface BodyModel {
  mediaType: string;
  /** json, form (multipart or urlencoded: fields), text (a string) or binary (bytes as they are). */
  kind: "json" | "form" | "text" | "binary";
  required: boolean;
  /** Whether the body's fields sit at the top of the params object (an object whose names do not collide with parameters). */
  spread: boolean;
  /** The component schema the body is, when it is a plain `$ref` to one. */
  schemaName: string | undefined;
}

export interface ResponseModel {
  status: string;
  description: string | undefined;
  mediaType: string | undefined;
  /** How the body reads: parsed JSON, text, a Blob, or nothing. */
  kind: "json" | "text" | "binary" | "empty";
  schemaName: string | undefined;
  /** The headers it declares (scripts/model/response-headers.ts); absent when it declares none. */
  headers?: ResponseHeaderModel[];
}

/** Every operation of the model: each resource's, then the client's own. */
export function modelOperations(model: Pick<ApiModel, "resources" | "rootOperations">): OperationModel[] {
  return [...model.resources.flatMap((resource) => resource.operations), ...model.rootOperations];
}
