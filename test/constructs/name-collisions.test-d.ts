// Names colliding after camelCasing (test/fixtures/constructs/name-collisions.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type {
  NameCollisions,
  ThingsGetThings2Response,
  ThingsGetThingsResponse,
  ThingsSearchParams,
  UserAdmin,
  UserAdmin2,
  UserProfile,
  UsersGetUser2Response,
  UsersGetUser3Response,
  UsersGetUserResponse,
} from "./generated/name-collisions/index.js";

declare const client: NameCollisions;

describe("names colliding after camelCasing", () => {
  test("get-user / get_user / GetUser: getUser, getUser2, getUser3 in path order", () => {
    expectTypeOf<UsersGetUserResponse>().branded.toEqualTypeOf<{ a: string }>(); // /a/users/{id}
    expectTypeOf<UsersGetUser2Response>().branded.toEqualTypeOf<{ b: number }>(); // /b/users/{id}
    expectTypeOf<UsersGetUser3Response>().toEqualTypeOf<string>(); // /c/users/{id}
    expectTypeOf<NameCollisions["users"]["getUser"]>().returns.resolves.branded.toEqualTypeOf<{ a: string }>();
    expectTypeOf<NameCollisions["users"]["getUser2"]>().returns.resolves.branded.toEqualTypeOf<{ b: number }>();
    expectTypeOf<NameCollisions["users"]["getUser3"]>().returns.resolves.toEqualTypeOf<string>();
  });

  test("a derived name and an operationId that collide: the first in path order keeps it", () => {
    expectTypeOf<ThingsGetThingsResponse>().toEqualTypeOf<string>(); // GET /things, no operationId
    expectTypeOf<ThingsGetThings2Response>().toEqualTypeOf<number>(); // GET /z/things, operationId getThings
  });

  test("tags user-admin / user_admin: resources userAdmin and userAdmin2", () => {
    expectTypeOf<NameCollisions["userAdmin"]>().toEqualTypeOf<UserAdmin>();
    expectTypeOf<NameCollisions["userAdmin2"]>().toEqualTypeOf<UserAdmin2>();
    expectTypeOf<UserAdmin>().toHaveProperty("adminA");
    expectTypeOf<UserAdmin2>().toHaveProperty("adminB");
  });

  test("schemas UserProfile / user-profile: the valid identifier keeps its name", () => {
    expectTypeOf<UserProfile>().branded.toEqualTypeOf<{ a: string }>();
  });

  test("a body field named like a parameter: the body is `params.body`, the parameter stays at the top", () => {
    expectTypeOf<ThingsSearchParams>().branded.toEqualTypeOf<{ q?: string; body: { q: string; page?: number } }>();
    async function calls() {
      await client.things.search({ q: "in-query", body: { q: "in-body", page: 2 } });
      // @ts-expect-error the colliding body is not spread
      await client.things.search({ q: "x", page: 2 });
    }
    expectTypeOf(calls).toBeFunction();
  });

  test("calls", () => {
    async function calls() {
      await client.users.getUser("1");
      await client.users.getUser2("1");
      await client.users.getUser3("1");
      await client.things.getThings();
      await client.things.getThings2();
      await client.userAdmin.adminA();
      await client.userAdmin2.adminB();
      // @ts-expect-error there is no fourth getUser
      await client.users.getUser4("1");
    }
    expectTypeOf(calls).toBeFunction();
  });
});
