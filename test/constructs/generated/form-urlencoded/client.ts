// Generated from test/fixtures/constructs/form-urlencoded.yaml (sha256 15e565f1bd80dd69426dc51b69c942df0bcd096236064692ea4d16e696587ed8) by scripts/generate.ts. Do not edit.
// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast
import type { components, paths } from "./schema.js";
import { type APIPromise, BaseClient, type ClientDefinition, type ClientOptions, type RequestOptions, splitParams, type Transport } from "../../../../src/runtime/index.js";
/** Body fields of POST /token. */
export type AuthCreateTokenParams = NonNullable<paths["/token"]["post"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];
/** Success body of POST /token. */
export type AuthCreateTokenResponse = paths["/token"]["post"]["responses"]["200"]["content"]["application/json"];
/** Error body of POST /token, as `APIError.body`. */
export type AuthCreateTokenError = unknown;

/** Operations tagged `auth`. */
export class Auth {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * POST /token
   *
   * `POST /token`
   */
  createToken(params: AuthCreateTokenParams, options?: RequestOptions): APIPromise<AuthCreateTokenResponse> {
    return this.#transport.request<AuthCreateTokenResponse>("POST", "/token", { ...splitParams(params, { body: "spread" }), requestType: "application/x-www-form-urlencoded" }, options);
  }
}

const definition: ClientDefinition = { "name": "FormUrlencoded", "baseUrl": "http://127.0.0.1:9", "auth": [], "authRequired": false, "env": {} };

/** Options of the FormUrlencoded client (FormUrlencoded). */
export interface FormUrlencodedOptions extends ClientOptions {
}

/** Client for FormUrlencoded. */
export class FormUrlencoded extends BaseClient {
  readonly auth: Auth;

  constructor(options: FormUrlencodedOptions = {}) {
    super(options, definition);
    this.auth = new Auth(this.transport);
  }
}
