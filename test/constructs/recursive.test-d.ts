// Recursive schemas (test/fixtures/constructs/recursive.yaml): TreeNode (self), Person ↔ Company
// (mutual), JsonValue (a union holding an array of itself) and Expression ↔ Terms (mutual unions).
import { describe, expectTypeOf, test } from "vitest";
import type {
  Company,
  Expression,
  GraphCreateTreeParams,
  GraphGetCompanyResponse,
  JsonValue,
  Person,
  Recursive,
  Setting,
  Terms,
  TreeNode,
} from "./generated/recursive/index.js";

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

  test("a union that holds an array of itself is that union at every depth, not any (vercel.com's EdgeConfigItemValue)", () => {
    expectTypeOf<JsonValue>().not.toBeAny();
    expectTypeOf<Extract<JsonValue, unknown[]>>().toEqualTypeOf<JsonValue[]>();
    expectTypeOf<Exclude<JsonValue, unknown[] | Record<string, unknown>>>().toEqualTypeOf<string | number | boolean | null>();
    expectTypeOf<Setting["value"]>().toEqualTypeOf<JsonValue>();
    const nested: JsonValue = ["a", [1, [true, null, { any: "thing" }]]];
    // @ts-expect-error undefined is no JSON value, three arrays down either
    const wrong: JsonValue = ["a", [1, [undefined]]];
    expectTypeOf(nested).not.toBeAny();
    expectTypeOf(wrong).not.toBeAny();
  });

  test("mutually recursive unions", () => {
    expectTypeOf<Expression>().not.toBeAny();
    expectTypeOf<Expression>().toEqualTypeOf<string | Terms[]>();
    expectTypeOf<Terms>().toEqualTypeOf<number | Expression[]>();
    async function calls() {
      const setting = await client.graph.putSetting("k", { key: "k", value: { a: [1, "b"] }, formula: [1, ["x", [2]]] });
      expectTypeOf(setting.formula).toEqualTypeOf<Expression | undefined>();
      // @ts-expect-error a number is no Expression at the top, a string no Terms one down
      await client.graph.putSetting("k", { key: "k", value: null, formula: [1, [2, ["x"]]] });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
