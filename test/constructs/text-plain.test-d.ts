// text/plain request and response, text/csv response (test/fixtures/constructs/text-plain.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type { TextPlain, TextEchoParams, TextEchoResponse, TextGetReportResponse } from "./generated/text-plain/index.js";

declare const client: TextPlain;

describe("text/plain", () => {
  test("the request body is `params.body: string`; text/* responses are strings", () => {
    expectTypeOf<TextEchoParams>().branded.toEqualTypeOf<{ body: string }>();
    expectTypeOf<TextEchoResponse>().toEqualTypeOf<string>();
    expectTypeOf<TextGetReportResponse>().toEqualTypeOf<string>();
  });

  test("calls", () => {
    async function calls() {
      const echoed = await client.text.echo({ body: "hello" });
      expectTypeOf(echoed).toEqualTypeOf<string>();
      expectTypeOf(await client.text.getReport()).toEqualTypeOf<string>();
      // @ts-expect-error a text body is a string
      await client.text.echo({ body: 42 });
      // @ts-expect-error the body is not spread
      await client.text.echo("hello");
    }
    expectTypeOf(calls).toBeFunction();
  });
});
