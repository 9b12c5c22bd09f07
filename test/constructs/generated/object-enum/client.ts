// Generated from test/fixtures/constructs/object-enum.yaml (sha256 b4dc4294c39bad1828d10f50958438e10aeb7c4c223579434b941305732babb7) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, type Transport } from "../../../../src/runtime/index.js";
export type ProductGroup = components["schemas"]["ProductGroup"];
/** Success body of GET /productgroups. */
export type GroupsListProductGroupsResponse = paths["/productgroups"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /productgroups, as `APIError.body`. */
export type GroupsListProductGroupsError = unknown;

/** Operations tagged `groups`. */
export class Groups {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /productgroups
   *
   * `GET /productgroups`
   */
  listProductGroups(options?: RequestOptions): APIPromise<GroupsListProductGroupsResponse> {
    return this.#transport.request<GroupsListProductGroupsResponse>("GET", "/productgroups", {}, options);
  }
}

const definition: ClientDefinition = { "name": "ObjectEnum", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the ObjectEnum client (ObjectEnum). */
export interface ObjectEnumOptions extends ClientOptions {
}

/** Client for ObjectEnum. */
export class ObjectEnum extends BaseClient {
  readonly groups: Groups;

  constructor(options: ObjectEnumOptions = {}) {
    super(options, definition);
    this.groups = new Groups(this.transport);
  }
}
