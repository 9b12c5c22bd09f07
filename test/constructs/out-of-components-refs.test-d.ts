// $refs into a schema's `definitions`, an `allOf` member, an optional property, a response under #/paths and a
// parameter list (test/fixtures/constructs/out-of-components-refs.yaml): typed as their
// targets, recursion included, never as `any` (prepare-types-document.ts hoists the targets).
import { describe, expectTypeOf, test } from "vitest";
import type {
  Account,
  AccountsGetAuditResponse,
  AccountsListAccountsResponse,
  AccountsSearchAccountsParams,
  AccountsSearchAccountsResponse,
  Claimed,
  components,
  paths,
} from "./generated/out-of-components-refs/index.js";

type Node = NonNullable<Account["tree"]>;

describe("$refs to targets that are not components", () => {
  test("into a schema's definitions: the target's type, recursion through it kept", () => {
    expectTypeOf<Account["identifiers"]>().not.toBeAny();
    expectTypeOf<Account["identifiers"]>().toEqualTypeOf<{ iban: string }>();
    expectTypeOf<Node["value"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Node["children"]>[number]>().toEqualTypeOf<Node>();
    expectTypeOf<NonNullable<NonNullable<Node["children"]>[number]["children"]>[number]["value"]>().toEqualTypeOf<string>();
  });

  test("into an allOf member: that member's type", () => {
    expectTypeOf<NonNullable<AccountsGetAuditResponse["stamp"]>>().not.toBeAny();
    expectTypeOf<NonNullable<AccountsGetAuditResponse["stamp"]>>().toEqualTypeOf<{ auditedAt: string }>();
  });

  test("into an optional property, made required by an allOf: the property's type, the key required", () => {
    expectTypeOf<Claimed>().not.toBeAny();
    expectTypeOf<Claimed["name"]>().toEqualTypeOf<string>();
    expectTypeOf<{ name: string }>().toExtend<Claimed>();
    expectTypeOf<{ name?: string }>().not.toExtend<Claimed>();
  });

  test("into another operation's response under #/paths: the same body", () => {
    expectTypeOf<AccountsSearchAccountsResponse>().not.toBeAny();
    expectTypeOf<AccountsSearchAccountsResponse>().toEqualTypeOf<AccountsListAccountsResponse>();
    expectTypeOf<AccountsSearchAccountsResponse["items"][number]["identifiers"]["iban"]>().toEqualTypeOf<string>();
  });

  test("into another operation's parameter list: that parameter's type", () => {
    type Query = NonNullable<paths["/accounts/search"]["get"]["parameters"]["query"]>;
    expectTypeOf<Query["cursor"]>().not.toBeAny();
    expectTypeOf<Query["cursor"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<components["parameters"]["accounts_get_parameters_0"]>().toEqualTypeOf<string>();
  });

  test("the method takes that parameter: the client follows the $ref too, it does not drop it", () => {
    expectTypeOf<AccountsSearchAccountsParams>().toEqualTypeOf<{ cursor?: string }>();
  });
});
