// Generated from test/fixtures/constructs/name-collisions.yaml (sha256 1268bbb6dd49a4d41e28fc603847edc754e583845a1bb8ff6f3b1e7f0fae5ca1) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type UserProfile = components["schemas"]["UserProfile"];
export type UserProfile2 = components["schemas"]["user-profile"];
/** The request body (`body`) and query parameters of POST /search. */
export type ThingsSearchParams = { body: NonNullable<paths["/search"]["post"]["requestBody"]>["content"]["application/json"] } & Pick<NonNullable<paths["/search"]["post"]["parameters"]["query"]>, "q">;
/** Success body of POST /search. */
export type ThingsSearchResponse = paths["/search"]["post"]["responses"]["200"]["content"]["application/json"];
/** Error body of POST /search, as `APIError.body`. */
export type ThingsSearchError = unknown;
/** Success body of GET /things. */
export type ThingsGetThingsResponse = paths["/things"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /things, as `APIError.body`. */
export type ThingsGetThingsError = unknown;
/** Success body of GET /z/things. */
export type ThingsGetThings2Response = paths["/z/things"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /z/things, as `APIError.body`. */
export type ThingsGetThings2Error = unknown;
/** Success body of GET /admin/a. */
export type UserAdminAdminAResponse = undefined;
/** Error body of GET /admin/a, as `APIError.body`. */
export type UserAdminAdminAError = unknown;
/** Success body of GET /admin/b. */
export type UserAdmin2AdminBResponse = undefined;
/** Error body of GET /admin/b, as `APIError.body`. */
export type UserAdmin2AdminBError = unknown;
/** Success body of GET /a/users/{id}. */
export type UsersGetUserResponse = UserProfile;
/** Error body of GET /a/users/{id}, as `APIError.body`. */
export type UsersGetUserError = unknown;
/** Success body of GET /b/users/{id}. */
export type UsersGetUser2Response = UserProfile2;
/** Error body of GET /b/users/{id}, as `APIError.body`. */
export type UsersGetUser2Error = unknown;
/** Success body of GET /c/users/{id}. */
export type UsersGetUser3Response = paths["/c/users/{id}"]["get"]["responses"]["200"]["content"]["application/json"];
/** Error body of GET /c/users/{id}, as `APIError.body`. */
export type UsersGetUser3Error = unknown;

/** Operations tagged `things`. */
export class Things {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /search
   *
   * `POST /search`
   */
  search(params: ThingsSearchParams, options?: RequestOptions): APIPromise<ThingsSearchResponse> {
    return this.#transport.request<ThingsSearchResponse>("POST", "/search", { ...splitParams(params, { query: ["q"], body: "property" }) }, options);
  }

  /**
   * GET /things
   *
   * `GET /things`
   */
  getThings(options?: RequestOptions): APIPromise<ThingsGetThingsResponse> {
    return this.#transport.request<ThingsGetThingsResponse>("GET", "/things", {}, options);
  }

  /**
   * GET /z/things
   *
   * `GET /z/things`
   */
  getThings2(options?: RequestOptions): APIPromise<ThingsGetThings2Response> {
    return this.#transport.request<ThingsGetThings2Response>("GET", "/z/things", {}, options);
  }
}

/** Operations tagged `user-admin`. */
export class UserAdmin {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /admin/a
   *
   * `GET /admin/a`
   */
  adminA(options?: RequestOptions): APIPromise<UserAdminAdminAResponse> {
    return this.#transport.request<UserAdminAdminAResponse>("GET", "/admin/a", {}, options);
  }
}

/** Operations tagged `user_admin`. */
export class UserAdmin2 {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /admin/b
   *
   * `GET /admin/b`
   */
  adminB(options?: RequestOptions): APIPromise<UserAdmin2AdminBResponse> {
    return this.#transport.request<UserAdmin2AdminBResponse>("GET", "/admin/b", {}, options);
  }
}

/** Operations tagged `users`. */
export class Users {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * GET /a/users/{id}
   *
   * `GET /a/users/{id}`
   * @param id `id`
   */
  getUser(id: string, options?: RequestOptions): APIPromise<UsersGetUserResponse> {
    return this.#transport.request<UsersGetUserResponse>("GET", "/a/users/{id}", { path: { "id": id } }, options);
  }

  /**
   * GET /b/users/{id}
   *
   * `GET /b/users/{id}`
   * @param id `id`
   */
  getUser2(id: string, options?: RequestOptions): APIPromise<UsersGetUser2Response> {
    return this.#transport.request<UsersGetUser2Response>("GET", "/b/users/{id}", { path: { "id": id } }, options);
  }

  /**
   * GET /c/users/{id}
   *
   * `GET /c/users/{id}`
   * @param id `id`
   */
  getUser3(id: string, options?: RequestOptions): APIPromise<UsersGetUser3Response> {
    return this.#transport.request<UsersGetUser3Response>("GET", "/c/users/{id}", { path: { "id": id } }, options);
  }
}

const definition: ClientDefinition = { "name": "NameCollisions", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the NameCollisions client (NameCollisions). */
export interface NameCollisionsOptions extends ClientOptions {
}

/** Client for NameCollisions. */
export class NameCollisions extends BaseClient {
  readonly things: Things;
  readonly userAdmin: UserAdmin;
  readonly userAdmin2: UserAdmin2;
  readonly users: Users;

  constructor(options: NameCollisionsOptions = {}) {
    super(options, definition);
    this.things = new Things(this.transport);
    this.userAdmin = new UserAdmin(this.transport);
    this.userAdmin2 = new UserAdmin2(this.transport);
    this.users = new Users(this.transport);
  }
}
