// A path template naming one parameter twice (repeated-path-parameter.yaml), over real HTTP: one
// argument, its value in both places of the path.
import { describe, expect, expectTypeOf, it } from "vitest";
import { RepeatedPathParameter } from "./generated/repeated-path-parameter/index.js";
import { onlyRequest, useServers } from "./helpers.js";

const { serve } = useServers();

describe("a path parameter named twice in the template", () => {
  it("takes one argument and fills both places", async () => {
    const target = await serve([{ status: 200, headers: { "content-type": "application/json" }, body: '"ok"' }]);
    const client = new RepeatedPathParameter({ baseUrl: target.url });
    expectTypeOf(client.results.getResult).parameters.toEqualTypeOf<[string, string, RequestOptionsOf<typeof client.results.getResult>?]>();
    expect(await client.results.getResult("west", "r1")).toBe("ok");
    expect(onlyRequest(target).url).toBe("/groups/System.west/locations/west/results/r1");
  });
});

type RequestOptionsOf<F> = F extends (location: string, result: string, options?: infer O) => unknown ? O : never;
