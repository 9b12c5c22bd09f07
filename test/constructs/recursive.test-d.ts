// Recursive schemas (test/fixtures/constructs/recursive.yaml): TreeNode (self), Person ↔ Company (mutual).
import { describe, expectTypeOf, test } from "vitest";
import type { Company, GraphCreateTreeParams, GraphGetCompanyResponse, Person, Recursive, TreeNode } from "./generated/recursive/index.js";

declare const client: Recursive;

describe("recursive schemas", () => {
  test("self-reference, through an array and directly", () => {
    expectTypeOf<TreeNode["value"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<TreeNode["children"]>[number]>().toEqualTypeOf<TreeNode>();
    expectTypeOf<NonNullable<TreeNode["parent"]>>().toEqualTypeOf<TreeNode>();
    expectTypeOf<GraphCreateTreeParams>().toExtend<TreeNode>();
    expectTypeOf<TreeNode>().toExtend<GraphCreateTreeParams>();
  });

  test("mutual reference", () => {
    expectTypeOf<NonNullable<Person["employer"]>>().toEqualTypeOf<Company>();
    expectTypeOf<NonNullable<Company["employees"]>[number]>().toEqualTypeOf<Person>();
    expectTypeOf<GraphGetCompanyResponse>().toExtend<Company>();
    expectTypeOf<Company>().toExtend<GraphGetCompanyResponse>();
  });

  test("accepts nesting at any depth, rejects a wrong type deep inside", () => {
    async function calls() {
      const tree = await client.graph.createTree({ value: "root", children: [{ value: "a", children: [{ value: "a1" }] }], parent: { value: "up" } });
      expectTypeOf(tree.children).toEqualTypeOf<TreeNode[] | undefined>();
      // @ts-expect-error value is a string, three levels down too
      await client.graph.createTree({ value: "root", children: [{ value: "a", children: [{ value: 1 }] }] });
      // @ts-expect-error value is required at every level
      await client.graph.createTree({ value: "root", parent: {} });
      const company = await client.graph.getCompany("acme");
      expectTypeOf(company.employees?.[0]?.employer?.employees?.[0]?.name).toEqualTypeOf<string | undefined>();
    }
    expectTypeOf(calls).toBeFunction();
  });
});
