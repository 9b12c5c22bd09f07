// Query, header and cookie parameters (test/fixtures/constructs/parameter-styles.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { ParameterStyles, StylesCookieStylesParams, StylesHeaderStylesParams, StylesQueryStylesParams } from "./generated/parameter-styles/index.js";

declare const client: ParameterStyles;

describe("parameter types", () => {
  test("query parameters: arrays and objects under their spec names", () => {
    expectTypeOf<StylesQueryStylesParams>().branded.toEqualTypeOf<{
      ids?: number[];
      tags?: string[];
      filter?: { color?: string; size?: string };
      point?: { x?: number; y?: number };
      words?: string[];
      pipes?: string[];
      deep?: { role?: string; level?: number };
      q?: string;
    }>();
  });

  test("header and cookie parameters, under their spec names", () => {
    expectTypeOf<StylesHeaderStylesParams>().branded.toEqualTypeOf<{
      "X-Ids"?: number[];
      "X-Point"?: { x?: number; y?: number };
      "X-Point-Exploded"?: { x?: number; y?: number };
      "X-Flag": boolean;
    }>();
    expectTypeOf<StylesCookieStylesParams>().branded.toEqualTypeOf<{ session: string; prefs?: string[] }>();
  });

  test("calls: params optional only when nothing in it is required", () => {
    async function calls() {
      await client.styles.queryStyles();
      await client.styles.queryStyles({ ids: [1, 2], tags: ["a"], filter: { color: "red" }, deep: { role: "admin", level: 2 } });
      await client.styles.headerStyles({ "X-Flag": true, "X-Ids": [1], "X-Point": { x: 1, y: 2 } });
      await client.styles.cookieStyles({ session: "abc", prefs: ["dark"] });
      // @ts-expect-error ids holds integers
      await client.styles.queryStyles({ ids: ["1"] });
      // @ts-expect-error filter is an object, not a string
      await client.styles.queryStyles({ filter: "red" });
      // @ts-expect-error X-Flag is required, so params is
      await client.styles.headerStyles();
      // @ts-expect-error X-Flag is a boolean
      await client.styles.headerStyles({ "X-Flag": "yes" });
      // @ts-expect-error the cookie parameter session is required
      await client.styles.cookieStyles({ prefs: [] });
      // @ts-expect-error unknown parameter
      await client.styles.cookieStyles({ session: "abc", theme: "dark" });
    }
    expectTypeOf(calls).toBeFunction();
  });
});
