// application/x-www-form-urlencoded (test/fixtures/constructs/form-urlencoded.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { FormUrlencoded, AuthCreateTokenParams, AuthCreateTokenResponse } from "./generated/form-urlencoded/index.js";

declare const client: FormUrlencoded;

describe("application/x-www-form-urlencoded", () => {
  test("the form's fields are spread into params", () => {
    expectTypeOf<AuthCreateTokenParams>().branded.toEqualTypeOf<{ grant_type: "password"; username: string; scope?: string }>();
    expectTypeOf<AuthCreateTokenResponse>().branded.toEqualTypeOf<{ access_token: string }>();
  });

  test("calls", () => {
    async function calls() {
      const token = await client.auth.createToken({ grant_type: "password", username: "ada", scope: "read write" });
      expectTypeOf(token.access_token).toEqualTypeOf<string>();
      // @ts-expect-error grant_type is an enum
      await client.auth.createToken({ grant_type: "client_credentials", username: "ada" });
      // @ts-expect-error username is required
      await client.auth.createToken({ grant_type: "password" });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
