// Security schemes → client options (test/fixtures/constructs/security-*.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { ClientOptions, Credential } from "../../src/runtime/index.js";
import { SecurityAll, type SecurityAllOptions } from "./generated/security-all/index.js";
import { SecurityApikeyCookie, type SecurityApikeyCookieOptions } from "./generated/security-apikey-cookie/index.js";
import { SecurityApikeyHeader, type SecurityApikeyHeaderOptions } from "./generated/security-apikey-header/index.js";
import { SecurityApikeyQuery, type SecurityApikeyQueryOptions } from "./generated/security-apikey-query/index.js";
import { SecurityBasic, type SecurityBasicOptions } from "./generated/security-basic/index.js";
import { SecurityBearer, type SecurityBearerOptions } from "./generated/security-bearer/index.js";
import { SecurityOauth2, type SecurityOauth2Options } from "./generated/security-oauth2/index.js";

/** The options a client adds to the common ones: its credentials. */
type Credentials<T> = Omit<T, keyof ClientOptions>;

describe("credential options per scheme", () => {
  test("http bearer → token", () => {
    expectTypeOf<Credentials<SecurityBearerOptions>>().toEqualTypeOf<{ token?: Credential }>();
    expectTypeOf<SecurityBearerOptions>().toExtend<ClientOptions>();
    const ok = () => new SecurityBearer({ token: "t", baseUrl: "http://127.0.0.1:1", timeout: 1, maxRetries: 0, headers: { a: "b" }, fetch: globalThis.fetch });
    // @ts-expect-error no apiKey scheme: no apiKey option
    const wrong = () => new SecurityBearer({ apiKey: "k" });
    expectTypeOf(ok).toBeFunction();
    expectTypeOf(wrong).toBeFunction();
  });

  test("oauth2 and openIdConnect → token (one option for both)", () => {
    expectTypeOf<Credentials<SecurityOauth2Options>>().toEqualTypeOf<{ token?: Credential }>();
    const ok = () => new SecurityOauth2({ token: "t" });
    expectTypeOf(ok).toBeFunction();
  });

  test("http basic → username + password", () => {
    expectTypeOf<Credentials<SecurityBasicOptions>>().toEqualTypeOf<{ username?: Credential; password?: Credential }>();
    const ok = () => new SecurityBasic({ username: "u", password: "p" });
    // @ts-expect-error no bearer scheme: no token option
    const wrong = () => new SecurityBasic({ token: "t" });
    expectTypeOf(ok).toBeFunction();
    expectTypeOf(wrong).toBeFunction();
  });

  test("apiKey in header, query or cookie → apiKey", () => {
    expectTypeOf<Credentials<SecurityApikeyHeaderOptions>>().toEqualTypeOf<{ apiKey?: Credential }>();
    expectTypeOf<Credentials<SecurityApikeyQueryOptions>>().toEqualTypeOf<{ apiKey?: Credential }>();
    expectTypeOf<Credentials<SecurityApikeyCookieOptions>>().toEqualTypeOf<{ apiKey?: Credential }>();
    const ok = () => [new SecurityApikeyHeader({ apiKey: "k" }), new SecurityApikeyQuery({ apiKey: "k" }), new SecurityApikeyCookie({ apiKey: "k" })];
    // @ts-expect-error the option is apiKey, not the scheme's key
    const wrong = () => new SecurityApikeyHeader({ keyAuth: "k" });
    expectTypeOf(ok).toBeFunction();
    expectTypeOf(wrong).toBeFunction();
  });

  test("several schemes: every kind's option; the header apiKey scheme is apiKey, the others camelCase(key)", () => {
    expectTypeOf<Credentials<SecurityAllOptions>>().toEqualTypeOf<{
      token?: Credential;
      username?: Credential;
      password?: Credential;
      apiKey?: Credential;
      queryKey?: Credential;
      cookieKey?: Credential;
    }>();
    const ok = () => new SecurityAll({ token: "t", apiKey: "h", queryKey: "q", cookieKey: "c" });
    // @ts-expect-error headerKey, the header apiKey scheme, is the option apiKey
    const wrong = () => new SecurityAll({ headerKey: "h" });
    expectTypeOf(ok).toBeFunction();
    expectTypeOf(wrong).toBeFunction();
  });
});
