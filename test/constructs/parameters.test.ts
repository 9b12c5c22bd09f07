// Parameters over real HTTP: path-level and $ref'd shared parameters, query/header/cookie
// style and explode, and names that are reserved words. Exact request targets and headers.
import { describe, expect, it } from "vitest";
import { ParameterStyles } from "./generated/parameter-styles/index.js";
import { ReservedWords } from "./generated/reserved-words/index.js";
import { SharedParameters } from "./generated/shared-parameters/index.js";
import { cookiePairs, onlyRequest, queryPairs, useServers } from "./helpers.js";

const { serve } = useServers();

describe("path-level and $ref'd shared parameters", () => {
  it("fills the inherited path parameter and sends $ref'd and own query parameters", async () => {
    const target = await serve([{ status: 200, body: [{ id: 1 }] }]);
    const members = await new SharedParameters({ baseUrl: target.url }).members.listMembers("acme", { limit: 10, cursor: "c1" });
    expect(members).toEqual([{ id: 1 }]);
    const request = onlyRequest(target);
    expect(request.method).toBe("GET");
    expect(request.url).toBe("/orgs/acme/members?limit=10&cursor=c1");
  });

  it("sends the path-level $ref'd header and the operation's $ref'd query parameter", async () => {
    const target = await serve([{ status: 200, body: { id: 7 } }]);
    await new SharedParameters({ baseUrl: target.url }).members.getMember("acme", 7, { limit: 5, "X-Trace-Id": "t-1" });
    const request = onlyRequest(target);
    expect(request.url).toBe("/orgs/acme/members/7?limit=5");
    expect(request.headers["x-trace-id"]).toBe("t-1");
  });

  it("sends no header and no query string for parameters not given", async () => {
    const target = await serve([{ status: 200, body: { id: 7 } }]);
    await new SharedParameters({ baseUrl: target.url }).members.getMember("acme", 7);
    const request = onlyRequest(target);
    expect(request.url).toBe("/orgs/acme/members/7");
    expect(request.headers["x-trace-id"]).toBeUndefined();
  });

  it("uses the operation-level override of a path-level parameter, and percent-encodes path parameters", async () => {
    const target = await serve([{ status: 204 }]);
    const result = await new SharedParameters({ baseUrl: target.url }).members.removeMember("a/b c", 7, { "X-Trace-Id": "t-2" });
    expect(result).toBeUndefined();
    const request = onlyRequest(target);
    expect(request.method).toBe("DELETE");
    expect(request.url).toBe("/orgs/a%2Fb%20c/members/7");
    expect(request.headers["x-trace-id"]).toBe("t-2");
  });
});

describe("query parameter styles", () => {
  type QueryParams = NonNullable<Parameters<ParameterStyles["styles"]["queryStyles"]>[0]>;
  const cases: [string, QueryParams, string][] = [
    ["form, exploded array (default)", { ids: [1, 2] }, "ids=1&ids=2"],
    ["form, array, explode false", { tags: ["a", "b"] }, "tags=a,b"],
    ["form, exploded object (default): its keys become parameters", { filter: { color: "red", size: "m" } }, "color=red&size=m"],
    ["form, object, explode false", { point: { x: 1, y: 2 } }, "point=x,1,y,2"],
    ["spaceDelimited array", { words: ["a", "b"] }, "words=a%20b"],
    ["pipeDelimited array", { pipes: ["a", "b"] }, "pipes=a|b"],
    ["deepObject", { deep: { role: "admin", level: 2 } }, "deep[role]=admin&deep[level]=2"],
    ["a string with reserved characters, percent-encoded", { q: "a b&c=d/é?#" }, "q=a%20b%26c%3Dd%2F%C3%A9%3F%23"],
    ["a value inside an array, percent-encoded", { tags: ["a,b", "c d"] }, "tags=a%2Cb,c%20d"],
  ];

  it.each(cases)("%s", async (_name, params, query) => {
    const target = await serve([{ status: 204 }]);
    await new ParameterStyles({ baseUrl: target.url }).styles.queryStyles(params);
    expect(onlyRequest(target).url).toBe(`/query?${query}`);
  });

  it("all at once, in the spec's parameter order", async () => {
    const target = await serve([{ status: 204 }]);
    await new ParameterStyles({ baseUrl: target.url }).styles.queryStyles({
      ids: [1, 2],
      tags: ["a", "b"],
      filter: { color: "red" },
      point: { x: 1, y: 2 },
      words: ["a", "b"],
      pipes: ["a", "b"],
      deep: { role: "admin" },
      q: "x",
    });
    expect(onlyRequest(target).url).toBe("/query?ids=1&ids=2&tags=a,b&color=red&point=x,1,y,2&words=a%20b&pipes=a|b&deep[role]=admin&q=x");
  });

  it("sends no query string without parameters, and leaves out undefined ones", async () => {
    const target = await serve([{ status: 204 }, { status: 204 }]);
    const client = new ParameterStyles({ baseUrl: target.url });
    await client.styles.queryStyles();
    await client.styles.queryStyles({ ids: undefined, q: "x" });
    expect(target.requests.map((request) => request.url)).toEqual(["/query", "/query?q=x"]);
    expect(queryPairs(target.requests[1]?.url ?? "")).toEqual([["q", "x"]]);
  });
});

describe("header parameter styles (simple)", () => {
  it("arrays as a,b; objects as k,v,k2,v2 (explode false) or k=v,k2=v2 (explode true); booleans as text", async () => {
    const target = await serve([{ status: 204 }]);
    await new ParameterStyles({ baseUrl: target.url }).styles.headerStyles({
      "X-Flag": true,
      "X-Ids": [1, 2],
      "X-Point": { x: 1, y: 2 },
      "X-Point-Exploded": { x: 1, y: 2 },
    });
    const { headers } = onlyRequest(target);
    expect(headers["x-flag"]).toBe("true");
    expect(headers["x-ids"]).toBe("1,2");
    expect(headers["x-point"]).toBe("x,1,y,2");
    expect(headers["x-point-exploded"]).toBe("x=1,y=2");
  });

  it("sends only the headers given", async () => {
    const target = await serve([{ status: 204 }]);
    await new ParameterStyles({ baseUrl: target.url }).styles.headerStyles({ "X-Flag": false });
    const { headers } = onlyRequest(target);
    expect(headers["x-flag"]).toBe("false");
    expect(headers["x-ids"]).toBeUndefined();
    expect(headers["x-point"]).toBeUndefined();
  });
});

describe("cookie parameters (form)", () => {
  it("sends one Cookie header: name=value; other=x, arrays (explode false) as name=a,b", async () => {
    const target = await serve([{ status: 204 }]);
    await new ParameterStyles({ baseUrl: target.url }).styles.cookieStyles({ session: "abc", prefs: ["dark", "compact"] });
    expect(onlyRequest(target).headers.cookie).toBe("session=abc; prefs=dark,compact");
  });

  it("leaves out cookies not given", async () => {
    const target = await serve([{ status: 204 }]);
    await new ParameterStyles({ baseUrl: target.url }).styles.cookieStyles({ session: "abc" });
    expect(onlyRequest(target).headers.cookie).toBe("session=abc");
  });

  it("encodes a value so that `;` and `=` cannot add cookies", async () => {
    const target = await serve([{ status: 204 }]);
    await new ParameterStyles({ baseUrl: target.url }).styles.cookieStyles({ session: "a; admin=1" });
    const pairs = cookiePairs(onlyRequest(target).headers.cookie);
    expect(pairs.map(([name]) => name)).toEqual(["session"]);
    expect(decodeURIComponent(pairs[0]?.[1] ?? "")).toBe("a; admin=1");
  });
});

describe("reserved words and invalid identifiers as parameter names", () => {
  it("path parameter `class` (class_) and query parameters `new` and `my-param` reach the wire under their spec names", async () => {
    const target = await serve([{ status: 204 }]);
    const result = await new ReservedWords({ baseUrl: target.url }).default_.delete_("math/101", { new: true, "my-param": "x y" });
    expect(result).toBeUndefined();
    const request = onlyRequest(target);
    expect(request.method).toBe("DELETE");
    expect(request.url).toBe("/classes/math%2F101?new=true&my-param=x%20y");
  });

  it("path parameter `item-id` (itemId)", async () => {
    const target = await serve([{ status: 204 }]);
    await new ReservedWords({ baseUrl: target.url }).default_.getItem("i-1");
    expect(onlyRequest(target).url).toBe("/items/i-1");
  });

  it("a schema whose name is not an identifier still decodes", async () => {
    const target = await serve([{ status: 200, body: { ok: true } }]);
    expect(await new ReservedWords({ baseUrl: target.url }).default_.getSchema()).toEqual({ ok: true });
  });
});
