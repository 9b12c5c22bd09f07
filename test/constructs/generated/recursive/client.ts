// Generated from test/fixtures/constructs/recursive.yaml (sha256 05e1f44bd7fda28d394bdbae80c144ec0cd34bb803e28f7a2104ca390b9ca77e) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Company = components["schemas"]["Company"];
export type Person = components["schemas"]["Person"];
export type TreeNode = components["schemas"]["TreeNode"];
/** Success body of GET /companies/{companyId}. */
export type GraphGetCompanyResponse = Company;
/** Error body of GET /companies/{companyId}, as `APIError.body`. */
export type GraphGetCompanyError = unknown;
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
