// Generated from test/fixtures/constructs/type-arrays-31.yaml (sha256 323c240137ce55baeb9778fe5d69355db655a7656a7d4ff3af391f18c4b973d9) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
export type Profile = components["schemas"]["Profile"];
/** Body fields of PUT /profile. */
export type ProfilesUpdateProfileParams = Profile;
/** Success body of PUT /profile. */
export type ProfilesUpdateProfileResponse = Profile;
/** Error body of PUT /profile, as `APIError.body`. */
export type ProfilesUpdateProfileError = unknown;

/** Operations tagged `profiles`. */
export class Profiles {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * PUT /profile
   *
   * `PUT /profile`
   */
  updateProfile(params: ProfilesUpdateProfileParams, options?: RequestOptions): APIPromise<ProfilesUpdateProfileResponse> {
    return this.#transport.request<ProfilesUpdateProfileResponse>("PUT", "/profile", { ...splitParams(params, { body: "spread" }) }, options);
  }
}

const definition: ClientDefinition = { "name": "TypeArrays31", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the TypeArrays31 client (TypeArrays31). */
export interface TypeArrays31Options extends ClientOptions {
}

/** Client for TypeArrays31. */
export class TypeArrays31 extends BaseClient {
  readonly profiles: Profiles;

  constructor(options: TypeArrays31Options = {}) {
    super(options, definition);
    this.profiles = new Profiles(this.transport);
  }
}
