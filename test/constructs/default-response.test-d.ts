// `default` responses (test/fixtures/constructs/default-response.yaml).
import { describe, expectTypeOf, test } from "vitest";
import type {
  DefaultResponse,
  MetaGetStatusResponse,
  MetaGetVersionError,
  MetaGetVersionResponse,
  Problem,
  Status,
} from "./generated/default-response/index.js";

declare const client: DefaultResponse;

describe("default response", () => {
  test("without a 2xx, `default` is the success type", () => {
    expectTypeOf<MetaGetStatusResponse>().branded.toEqualTypeOf<Status>();
    expectTypeOf<DefaultResponse["meta"]["getStatus"]>().returns.resolves.branded.toEqualTypeOf<{ up: boolean }>();
  });

  test("next to a 200, `default` is the error type, not part of the success type", () => {
    expectTypeOf<MetaGetVersionResponse>().branded.toEqualTypeOf<{ version: string }>();
    expectTypeOf<MetaGetVersionError>().branded.toEqualTypeOf<Problem>();
  });

  test("calls", () => {
    async function calls() {
      const status = await client.meta.getStatus();
      expectTypeOf(status.up).toEqualTypeOf<boolean>();
      const version = await client.meta.getVersion();
      // @ts-expect-error the Problem body is an error's, never the result
      void version.message;
    }
    expectTypeOf(calls).toBeFunction();
  });
});
