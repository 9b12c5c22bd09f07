// Generated from test/fixtures/constructs/nullable-30.yaml (sha256 9a3a2558edd3a1664bf67ce8e7be0e0c82dbb43321178225f1f167e6dcef8069) by scripts/generate.ts. Do not edit.
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

const definition: ClientDefinition = { "name": "Nullable30", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the Nullable30 client (Nullable30). */
export interface Nullable30Options extends ClientOptions {
}

/** Client for Nullable30. */
export class Nullable30 extends BaseClient {
  readonly profiles: Profiles;

  constructor(options: Nullable30Options = {}) {
    super(options, definition);
    this.profiles = new Profiles(this.transport);
  }
}
