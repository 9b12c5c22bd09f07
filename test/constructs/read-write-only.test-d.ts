// readOnly / writeOnly (test/fixtures/constructs/read-write-only.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { ReadWriteOnly, UsersCreateUserParams, UsersCreateUserResponse, UsersGetUserResponse } from "./generated/read-write-only/index.js";

declare const client: ReadWriteOnly;

describe("readOnly and writeOnly", () => {
  test("request bodies have no readOnly property; responses have no writeOnly property", () => {
    // A readOnly key may be absent from the params type or typed `?: never`: either way no value fits it.
    expectTypeOf<{ name: string; password: string }>().toExtend<UsersCreateUserParams>();
    expectTypeOf<UsersCreateUserParams>().toExtend<{ name: string; password: string }>();
    expectTypeOf<{ id: string; name: string; password: string }>().not.toExtend<UsersCreateUserParams>();
    expectTypeOf<{ createdAt: string; name: string; password: string }>().not.toExtend<UsersCreateUserParams>();
    expectTypeOf<UsersGetUserResponse>().branded.toEqualTypeOf<{ id: string; name: string; createdAt?: string }>();
    expectTypeOf<UsersCreateUserResponse>().branded.toEqualTypeOf<{ id: string; name: string; createdAt?: string }>();
    expectTypeOf<UsersGetUserResponse>().not.toHaveProperty("password");
  });

  test("a request body without the (required) readOnly id is accepted; with it, rejected", () => {
    async function calls() {
      const user = await client.users.createUser({ name: "ada", password: "secret" });
      expectTypeOf(user.id).toEqualTypeOf<string>();
      // @ts-expect-error id is readOnly: the server's to set
      await client.users.createUser({ id: "u1", name: "ada", password: "secret" });
      // @ts-expect-error createdAt is readOnly
      await client.users.createUser({ name: "ada", password: "secret", createdAt: "2025-01-01T00:00:00Z" });
      // @ts-expect-error password is required in requests
      await client.users.createUser({ name: "ada" });
    }
    expectTypeOf(calls).toBeFunction();
  });

  test("a response's writeOnly property cannot be read", () => {
    async function reads() {
      const user = await client.users.getUser("u1");
      expectTypeOf(user.name).toEqualTypeOf<string>();
      // @ts-expect-error password is writeOnly: never in a response
      void user.password;
    }
    expectTypeOf(reads).toBeFunction();
  });
});
