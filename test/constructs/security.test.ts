// Security schemes over real HTTP: each credential option reaches the wire as its scheme says,
// on every request (test/fixtures/constructs/security-*.yaml).
import { describe, expect, it } from "vitest";
import { ClientError } from "../../src/runtime/index.js";
import { SecurityAll } from "./generated/security-all/index.js";
import { SecurityApikeyCookie } from "./generated/security-apikey-cookie/index.js";
import { SecurityApikeyHeader } from "./generated/security-apikey-header/index.js";
import { SecurityApikeyQuery } from "./generated/security-apikey-query/index.js";
import { SecurityBasic } from "./generated/security-basic/index.js";
import { SecurityBearer } from "./generated/security-bearer/index.js";
import { SecurityOauth2 } from "./generated/security-oauth2/index.js";
import { cookiePairs, queryPairs, useServers } from "./helpers.js";

const { serve } = useServers();
const ME = { status: 200, body: { id: "me" } };
const ITEMS = { status: 200, body: ["i"] };

/** Calls both operations: credentials go on every request, with and without other parameters. */
async function callBoth(
  client: SecurityAll | SecurityBearer | SecurityOauth2 | SecurityBasic | SecurityApikeyHeader | SecurityApikeyQuery | SecurityApikeyCookie,
) {
  expect(await client.account.getMe()).toEqual({ id: "me" });
  expect(await client.account.listItems({ limit: 2, theme: "dark" })).toEqual(["i"]);
}

describe("http bearer", () => {
  it("sends Authorization: Bearer <token> on every request", async () => {
    const target = await serve([ME, ITEMS]);
    await callBoth(new SecurityBearer({ baseUrl: target.url, token: "tok-1" }));
    expect(target.requests.map((request) => request.headers.authorization)).toEqual(["Bearer tok-1", "Bearer tok-1"]);
    expect(target.requests.map((request) => request.url)).toEqual(["/me", "/items?limit=2"]);
  });

  it("a missing credential is an error in the constructor, before any request", async () => {
    const target = await serve([]);
    expect(() => new SecurityBearer({ baseUrl: target.url })).toThrow(ClientError);
    expect(target.requests).toHaveLength(0);
  });
});

describe("oauth2 and openIdConnect", () => {
  it("send the token as Authorization: Bearer <token>", async () => {
    const target = await serve([ME, ITEMS]);
    await callBoth(new SecurityOauth2({ baseUrl: target.url, token: "oauth-tok" }));
    expect(target.requests.map((request) => request.headers.authorization)).toEqual(["Bearer oauth-tok", "Bearer oauth-tok"]);
  });
});

describe("http basic", () => {
  it('sends Authorization: Basic base64(utf8("user:pass")), non-ASCII and colons in the password included', async () => {
    const target = await serve([ME, ITEMS]);
    await callBoth(new SecurityBasic({ baseUrl: target.url, username: "jürgen", password: "pä:ss wörd" }));
    const expected = `Basic ${Buffer.from("jürgen:pä:ss wörd", "utf8").toString("base64")}`;
    expect(expected).toBe("Basic asO8cmdlbjpww6Q6c3Mgd8O2cmQ=");
    expect(target.requests.map((request) => request.headers.authorization)).toEqual([expected, expected]);
  });
});

describe("apiKey", () => {
  it("in a header: sent in that header", async () => {
    const target = await serve([ME, ITEMS]);
    await callBoth(new SecurityApikeyHeader({ baseUrl: target.url, apiKey: "key-1" }));
    expect(target.requests.map((request) => request.headers["x-api-key"])).toEqual(["key-1", "key-1"]);
    expect(target.requests.map((request) => request.headers.authorization)).toEqual([undefined, undefined]);
  });

  it("in the query: a percent-encoded query parameter on every request, next to the operation's own", async () => {
    const target = await serve([ME, ITEMS]);
    await callBoth(new SecurityApikeyQuery({ baseUrl: target.url, apiKey: "k y&z" }));
    const [me, items] = target.requests;
    expect(me?.url).toBe("/me?api_key=k%20y%26z");
    expect(new URL(items?.url ?? "", "http://x").pathname).toBe("/items");
    expect(queryPairs(items?.url ?? "").sort()).toEqual([
      ["api_key", "k y&z"],
      ["limit", "2"],
    ]);
  });

  it("in a cookie: Cookie: name=value, merged with the operation's cookie parameters", async () => {
    const target = await serve([ME, ITEMS]);
    await callBoth(new SecurityApikeyCookie({ baseUrl: target.url, apiKey: "abc" }));
    const [me, items] = target.requests;
    expect(me?.headers.cookie).toBe("session_id=abc");
    expect(cookiePairs(items?.headers.cookie).sort()).toEqual([
      ["session_id", "abc"],
      ["theme", "dark"],
    ]);
  });
});

describe("several schemes", () => {
  it("sends the first alternative of `security` the client has every credential for: a token alone", async () => {
    const target = await serve([ME, ITEMS]);
    await callBoth(new SecurityAll({ baseUrl: target.url, token: "t", apiKey: "h", queryKey: "q", cookieKey: "c" }));
    for (const request of target.requests) {
      expect(request.headers.authorization).toBe("Bearer t");
      expect(request.headers["x-key"]).toBeUndefined();
      expect(queryPairs(request.url)).not.toContainEqual(["key", "q"]);
    }
  });

  it("sends all three keys of an alternative that needs them together; the header scheme's option is apiKey", async () => {
    const target = await serve([ME, ITEMS]);
    await callBoth(new SecurityAll({ baseUrl: target.url, apiKey: "h", queryKey: "q", cookieKey: "c" }));
    for (const request of target.requests) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers["x-key"]).toBe("h");
      expect(queryPairs(request.url)).toContainEqual(["key", "q"]);
      expect(cookiePairs(request.headers.cookie)).toContainEqual(["sid", "c"]);
    }
    const [me, items] = target.requests;
    expect(me?.url).toBe("/me?key=q");
    expect(me?.headers.cookie).toBe("sid=c");
    expect(queryPairs(items?.url ?? "").sort()).toEqual([
      ["key", "q"],
      ["limit", "2"],
    ]);
    expect(cookiePairs(items?.headers.cookie).sort()).toEqual([
      ["sid", "c"],
      ["theme", "dark"],
    ]);
  });

  it("sends no credential when no alternative is complete (one key of three)", async () => {
    const target = await serve([ME]);
    await new SecurityAll({ baseUrl: target.url, apiKey: "h" }).account.getMe();
    expect(target.requests[0]?.headers["x-key"]).toBeUndefined();
    expect(target.requests[0]?.url).toBe("/me");
  });

  it("sends basic credentials when those are the ones given", async () => {
    const target = await serve([ME]);
    await new SecurityAll({ baseUrl: target.url, username: "u", password: "p" }).account.getMe();
    expect(target.requests[0]?.headers.authorization).toBe(`Basic ${Buffer.from("u:p").toString("base64")}`);
    expect(target.requests[0]?.headers["x-key"]).toBeUndefined();
    expect(target.requests[0]?.url).toBe("/me");
  });
});
