// OperationInput.url: a next page link sent in place of path and query, on the client's own
// origin only, with the credentials and headers of any call.
import { describe, expect, it } from "vitest";
import { ClientError } from "../../src/core/errors.js";
import { rejectionOf, transportFor, useScriptedServers } from "../helpers/runtime.js";

const { serve } = useScriptedServers();

const apiKeyInQuery = () => ({ headers: { "X-Team": "t1" }, query: { api_key: "k3y" }, cookie: {} });

describe("a call with a url", () => {
  it("requests that URL, with the credentials' query parameters and headers, instead of path and query", async () => {
    const server = await serve([{ status: 200, body: { ok: true } }]);
    const transport = transportFor({ url: `${server.url}/v1` }, { credentials: apiKeyInQuery });
    const data = await transport.request("GET", "/items", { query: { ignored: "yes" }, url: `${server.url}/v1/items?page=2&api_key=old` });
    expect(data).toEqual({ ok: true });
    expect(server.requests[0]?.url).toBe("/v1/items?page=2&api_key=k3y");
    expect(server.requests[0]?.headers["x-team"]).toBe("t1");
  });

  it("resolves a relative URL against the base URL's origin", async () => {
    const server = await serve([{ status: 200, body: [] }]);
    await transportFor({ url: `${server.url}/v1` }).request("GET", "/items", { url: "/v1/items?cursor=c2" });
    expect(server.requests[0]?.url).toBe("/v1/items?cursor=c2");
  });

  it("refuses a URL on another origin before sending anything", async () => {
    const server = await serve([]);
    const error = await rejectionOf(transportFor(server, { credentials: apiKeyInQuery }).request("GET", "/items", { url: "https://elsewhere.example/items" }));
    expect(error).toBeInstanceOf(ClientError);
    expect(error.message).toContain("https://elsewhere.example");
    expect(server.requests).toEqual([]);
  });

  it("gives the transport's origin for generated paged methods", () => {
    expect(transportFor({ url: "https://api.example.com/v1/" }).origin).toBe("https://api.example.com");
  });
});
