// OpenAPI 3.0 nullable (test/fixtures/constructs/nullable-30.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { Nullable30, Profile, ProfilesUpdateProfileParams, ProfilesUpdateProfileResponse } from "./generated/nullable-30/index.js";

declare const client: Nullable30;

describe("3.0 nullable", () => {
  test("`nullable: true` adds null; without it, no null", () => {
    expectTypeOf<Profile["nickname"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Profile["age"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Profile["bio"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Profile["address"]>().branded.toEqualTypeOf<{ city?: string } | null | undefined>();
    expectTypeOf<Profile["status"]>().toEqualTypeOf<"active" | "inactive" | null | undefined>();
    expectTypeOf<ProfilesUpdateProfileParams>().branded.toEqualTypeOf<Profile>();
    expectTypeOf<ProfilesUpdateProfileResponse>().branded.toEqualTypeOf<Profile>();
  });

  test("accepts null where nullable, rejects it elsewhere; required nullable properties stay required", () => {
    async function calls() {
      const profile = await client.profiles.updateProfile({ nickname: null, age: null });
      expectTypeOf(profile.nickname).toEqualTypeOf<string | null>();
      await client.profiles.updateProfile({ nickname: "ada", age: 36, bio: "b", address: null, status: null });
      await client.profiles.updateProfile({ nickname: "ada", age: 36, address: { city: "Zürich" }, status: "active" });
      // @ts-expect-error bio is not nullable
      await client.profiles.updateProfile({ nickname: null, age: null, bio: null });
      // @ts-expect-error nickname is required, even though it may be null
      await client.profiles.updateProfile({ age: null });
      // @ts-expect-error "deleted" is not in the nullable enum
      await client.profiles.updateProfile({ nickname: null, age: null, status: "deleted" });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
