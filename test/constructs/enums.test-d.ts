// Enums (test/fixtures/constructs/enums.yaml): string, integer and nullable enums.
import { describe, expectTypeOf, test } from "vitest";
import type { Color, Enums, Shirt, ShirtsListShirtsParams, ShirtsListShirtsResponse, Size, Trim } from "./generated/enums/index.js";

declare const client: Enums;

describe("enums", () => {
  test("an enum is the union of its values; a nullable enum includes null", () => {
    expectTypeOf<Color>().toEqualTypeOf<"red" | "green" | "blue">();
    expectTypeOf<Size>().toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf<Trim>().toEqualTypeOf<"gold" | "silver" | null>();
    expectTypeOf<Shirt>().branded.toEqualTypeOf<{ color: Color; size: Size; trim: Trim }>();
    expectTypeOf<ShirtsListShirtsParams>().branded.toEqualTypeOf<{ color?: Color; sizes?: Size[] }>();
    expectTypeOf<ShirtsListShirtsResponse>().branded.toEqualTypeOf<Shirt[]>();
  });

  test("accepts enum values (and null for the nullable one), rejects others", () => {
    async function calls() {
      await client.shirts.createShirt({ color: "red", size: 1, trim: "gold" });
      await client.shirts.createShirt({ color: "blue", size: 3, trim: null });
      await client.shirts.listShirts({ color: "green", sizes: [1, 2] });
      await client.shirts.listShirts();
      // @ts-expect-error "purple" is not a Color
      await client.shirts.createShirt({ color: "purple", size: 1, trim: null });
      // @ts-expect-error 4 is not a Size
      await client.shirts.createShirt({ color: "red", size: 4, trim: null });
      // @ts-expect-error color is not nullable
      await client.shirts.createShirt({ color: null, size: 1, trim: null });
      // @ts-expect-error "bronze" is not a Trim
      await client.shirts.createShirt({ color: "red", size: 1, trim: "bronze" });
      // @ts-expect-error query enum: "pink" is not a Color
      await client.shirts.listShirts({ color: "pink" });
      // @ts-expect-error query array of enum values: 7 is not a Size
      await client.shirts.listShirts({ sizes: [7] });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
