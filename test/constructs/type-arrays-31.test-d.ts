// OpenAPI 3.1 type arrays (test/fixtures/constructs/type-arrays-31.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { Profile, ProfilesUpdateProfileParams, ProfilesUpdateProfileResponse, TypeArrays31 } from "./generated/type-arrays-31/index.js";

declare const client: TypeArrays31;

describe("3.1 type arrays", () => {
  test('`type: [T, "null"]` is T | null; `[number, string]` is either', () => {
    expectTypeOf<Profile["nickname"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Profile["age"]>().toEqualTypeOf<number | null>();
    expectTypeOf<Profile["bio"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Profile["score"]>().toEqualTypeOf<number | string | undefined>();
    expectTypeOf<Profile["tags"]>().toEqualTypeOf<string[] | null | undefined>();
    expectTypeOf<ProfilesUpdateProfileParams>().branded.toEqualTypeOf<Profile>();
    expectTypeOf<ProfilesUpdateProfileResponse>().branded.toEqualTypeOf<Profile>();
  });

  test("accepts null where the type array lists it, rejects it elsewhere", () => {
    async function calls() {
      await client.profiles.updateProfile({ nickname: null, age: null, tags: null });
      await client.profiles.updateProfile({ nickname: "ada", age: 36, score: "A+", tags: ["x"] });
      await client.profiles.updateProfile({ nickname: "ada", age: 36, score: 9.5 });
      // @ts-expect-error bio is not nullable
      await client.profiles.updateProfile({ nickname: null, age: null, bio: null });
      // @ts-expect-error score is number or string, not null
      await client.profiles.updateProfile({ nickname: null, age: null, score: null });
      // @ts-expect-error score is number or string, not boolean
      await client.profiles.updateProfile({ nickname: null, age: null, score: true });
      // @ts-expect-error age is required, even though it may be null
      await client.profiles.updateProfile({ nickname: null });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
