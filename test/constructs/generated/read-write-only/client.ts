// Generated from test/fixtures/constructs/read-write-only.yaml (sha256 99d22c09faeea8f4d2fca827d34f8fcb5efd2538ce04040db08c466e770e7be3) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths, Readable, Writable } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type User = Readable<components["schemas"]["User"]>;
/** Body fields of POST /users. */
export type UsersCreateUserParams = Writable<NonNullable<paths["/users"]["post"]["requestBody"]>["content"]["application/json"]>;
/** Success body of POST /users. */
export type UsersCreateUserResponse = User;
/** Error body of POST /users, as `APIError.body`. */
export type UsersCreateUserError = unknown;
/** Success body of GET /users/{id}. */
export type UsersGetUserResponse = User;
/** Error body of GET /users/{id}, as `APIError.body`. */
export type UsersGetUserError = unknown;

/** Operations tagged `users`. */
export class Users {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /users
   *
   * `POST /users`
   */
  createUser(params: UsersCreateUserParams, options?: RequestOptions): APIPromise<UsersCreateUserResponse> {
    return this.#transport.request<UsersCreateUserResponse>("POST", "/users", { ...splitParams(params, { body: "spread" }) }, options);
  }

  /**
   * GET /users/{id}
   *
   * `GET /users/{id}`
   * @param id `id`
   */
  getUser(id: string, options?: RequestOptions): APIPromise<UsersGetUserResponse> {
    return this.#transport.request<UsersGetUserResponse>("GET", "/users/{id}", { path: { "id": id } }, options);
  }
}

const definition: ClientDefinition = { "name": "ReadWriteOnly", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the ReadWriteOnly client (ReadWriteOnly). */
export interface ReadWriteOnlyOptions extends ClientOptions {
}

/** Client for ReadWriteOnly. */
export class ReadWriteOnly extends BaseClient {
  readonly users: Users;

  constructor(options: ReadWriteOnlyOptions = {}) {
    super(options, definition);
    this.users = new Users(this.transport);
  }
}
