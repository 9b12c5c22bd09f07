// Generated from test/fixtures/constructs/recursive.yaml (sha256 dc15b474b69ac5f60bda1662f220c4490159726fc5875b89f7ba3d1171b07029) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Company = components["schemas"]["Company"];
export type Expression = components["schemas"]["Expression"];
export type JsonValue = components["schemas"]["JsonValue"];
export type Person = components["schemas"]["Person"];
export type Setting = components["schemas"]["Setting"];
export type Terms = components["schemas"]["Terms"];
export type TreeNode = components["schemas"]["TreeNode"];
/** Success body of GET /companies/{companyId}. */
export type GraphGetCompanyResponse = Company;
/** Error body of GET /companies/{companyId}, as `APIError.body`. */
export type GraphGetCompanyError = unknown;
/** Body fields of PUT /settings/{key}. */
export type GraphPutSettingParams = Setting;
/** Success body of PUT /settings/{key}. */
export type GraphPutSettingResponse = Setting;
/** Error body of PUT /settings/{key}, as `APIError.body`. */
export type GraphPutSettingError = unknown;
/** Body fields of POST /trees. */
export type GraphCreateTreeParams = TreeNode;
/** Success body of POST /trees. */
export type GraphCreateTreeResponse = TreeNode;
/** Error body of POST /trees, as `APIError.body`. */
export type GraphCreateTreeError = unknown;

/** Operations tagged `graph`. */
export class Graph {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /companies/{companyId}
   *
   * `GET /companies/{companyId}`
   * @param companyId `companyId`
   */
  getCompany(companyId: string, options?: RequestOptions): APIPromise<GraphGetCompanyResponse> {
    return this.#transport.request<GraphGetCompanyResponse>("GET", "/companies/{companyId}", { path: { "companyId": companyId } }, options);
  }

  /**
   * PUT /settings/{key}
   *
   * `PUT /settings/{key}`
   * @param key `key`
   */
  putSetting(key: string, params: GraphPutSettingParams, options?: RequestOptions): APIPromise<GraphPutSettingResponse> {
    return this.#transport.request<GraphPutSettingResponse>("PUT", "/settings/{key}", { path: { "key": key }, ...splitParams(params, { body: "spread" }) }, options);
  }

  /**
   * POST /trees
   *
   * `POST /trees`
   */
  createTree(params: GraphCreateTreeParams, options?: RequestOptions): APIPromise<GraphCreateTreeResponse> {
    return this.#transport.request<GraphCreateTreeResponse>("POST", "/trees", { ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "Recursive", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the Recursive client (Recursive). */
export interface RecursiveOptions extends ClientOptions {
}

/** Client for Recursive. */
export class Recursive extends BaseClient {
  readonly graph: Graph;

  constructor(options: RecursiveOptions = {}) {
    super(options, definition);
    this.graph = new Graph(this.transport);
  }
}
