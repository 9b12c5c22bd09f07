// Path-level and $ref'd shared parameters (test/fixtures/constructs/shared-parameters.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { RequestOptions } from "../../src/runtime/index.js";
import type {
  Member,
  MembersGetMemberParams,
  MembersListMembersParams,
  MembersRemoveMemberParams,
  SharedParameters,
} from "./generated/shared-parameters/index.js";

declare const client: SharedParameters;

describe("path-level and $ref'd parameters", () => {
  test("inherited path parameters are positional, in path order; $ref'd query/header parameters are in params", () => {
    expectTypeOf<SharedParameters["members"]["listMembers"]>().parameters.toEqualTypeOf<
      [string, (MembersListMembersParams | undefined)?, (RequestOptions | undefined)?]
    >();
    expectTypeOf<SharedParameters["members"]["getMember"]>().parameters.toEqualTypeOf<
      [string, number, (MembersGetMemberParams | undefined)?, (RequestOptions | undefined)?]
    >();
    expectTypeOf<MembersListMembersParams>().branded.toEqualTypeOf<{ limit?: number; cursor?: string }>();
    expectTypeOf<MembersGetMemberParams>().branded.toEqualTypeOf<{ limit?: number; "X-Trace-Id"?: string }>();
    expectTypeOf<SharedParameters["members"]["getMember"]>().returns.resolves.branded.toEqualTypeOf<Member>();
  });

  test("an operation-level parameter overrides the path-level one of the same name and location", () => {
    expectTypeOf<MembersRemoveMemberParams>().branded.toEqualTypeOf<{ "X-Trace-Id": string }>();
    expectTypeOf<SharedParameters["members"]["removeMember"]>().parameters.toEqualTypeOf<
      [string, number, MembersRemoveMemberParams, (RequestOptions | undefined)?]
    >();
  });

  test("calls", () => {
    async function calls() {
      await client.members.listMembers("acme");
      await client.members.listMembers("acme", { limit: 10, cursor: "c1" });
      await client.members.getMember("acme", 7, { limit: 5, "X-Trace-Id": "t-1" });
      await client.members.removeMember("acme", 7, { "X-Trace-Id": "t-2" });
      // @ts-expect-error memberId is an integer
      await client.members.getMember("acme", "7");
      // @ts-expect-error the inherited path parameter orgId is required
      await client.members.listMembers();
      // @ts-expect-error limit is an integer
      await client.members.listMembers("acme", { limit: "10" });
      // @ts-expect-error X-Trace-Id is required on removeMember
      await client.members.removeMember("acme", 7);
      // @ts-expect-error X-Trace-Id is required on removeMember
      await client.members.removeMember("acme", 7, {});
    }
    expectTypeOf(calls).toBeFunction();
  });
});
