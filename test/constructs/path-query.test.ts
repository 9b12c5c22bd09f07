// Path keys with a query of templated pairs (path-query.yaml), over real HTTP: the request line is
// the one the key describes, each value in place of its template, other query parameters after.
import { describe, expect, it } from "vitest";
import { PathQuery } from "./generated/path-query/index.js";
import { onlyRequest, useServers } from "./helpers.js";

const { serve } = useServers();
const json = (body: string) => [{ status: 200, headers: { "content-type": "application/json" }, body }];

describe("path key with a query", () => {
  it("sends the templated names as query parameters, with the declared ones", async () => {
    const target = await serve(json('["cat-1"]'));
    const client = new PathQuery({ baseUrl: target.url });
    expect(await client.icons.latestIcons({ term: "black cat", amount: 5, platform: "ios" })).toEqual(["cat-1"]);
    const url = new URL(onlyRequest(target).url, target.url);
    expect(url.pathname).toBe("/icons/latest");
    expect(Object.fromEntries(url.searchParams)).toEqual({ term: "black cat", amount: "5", platform: "ios" });
  });

  it("moves a path-item parameter named in the query", async () => {
    const target = await serve(json("42"));
    const client = new PathQuery({ baseUrl: target.url });
    expect(await client.icons.totalIcons({ since: "2026-01-01" })).toBe(42);
    expect(onlyRequest(target).url).toBe("/icons/total?since=2026-01-01");
  });

  it("sends a literal query as written, with the call's query parameters after it (one `?`)", async () => {
    const target = await serve([...json('["flat-1"]'), ...json("[]")]);
    const client = new PathQuery({ baseUrl: target.url });
    expect(await client.icons.searchFlatIcons("pack 1", { q: "cat & dog" })).toEqual(["flat-1"]);
    await client.icons.searchFlatIcons("pack2");
    expect(target.requests.map((request) => request.url)).toEqual([
      "/icons/pack%201/search?style=flat&size=64&q=cat%20%26%20dog",
      "/icons/pack2/search?style=flat&size=64",
    ]);
  });
});
