// `type: object` with an enum of strings (object-enum.yaml), over real HTTP: the client generated
// from it (openapi-typescript alone throws on it) makes its call and returns the body.
import { describe, expect, it } from "vitest";
import { ObjectEnum } from "./generated/object-enum/index.js";
import { onlyRequest, useServers } from "./helpers.js";

const { serve } = useServers();

describe("object schema with a string enum", () => {
  it("lists the groups", async () => {
    const target = await serve([{ status: 200, headers: { "content-type": "application/json" }, body: '[{"name":"PKW"},{"name":"VAN"}]' }]);
    const client = new ObjectEnum({ baseUrl: target.url });
    const groups = await client.groups.listProductGroups();
    expect([onlyRequest(target).method, onlyRequest(target).url]).toEqual(["GET", "/productgroups"]);
    expect(groups.map((group) => group.name)).toEqual(["PKW", "VAN"]);
  });
});
