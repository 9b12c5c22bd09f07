// A discriminator inherited through allOf, declared again by the schema (discriminator-inherited.yaml),
// over real HTTP: the client sends and returns the body as it is.
import { describe, expect, it } from "vitest";
import { DiscriminatorInherited } from "./generated/discriminator-inherited/index.js";
import { onlyRequest, useServers } from "./helpers.js";

const { serve } = useServers();

describe("discriminator inherited and declared again", () => {
  it("posts the body with its discriminator value and reads the reply", async () => {
    const reply = '{"class":"DestinationResult","destination":"playlist","notRequired":{}}';
    const target = await serve([{ status: 200, headers: { "content-type": "application/json" }, body: reply }]);
    const client = new DiscriminatorInherited({ baseUrl: target.url });
    const result = await client.results.resolveDestination({ class: "DestinationResult", destination: "library" });
    const request = onlyRequest(target);
    expect([request.method, request.url, request.body]).toEqual(["POST", "/destinations", '{"class":"DestinationResult","destination":"library"}']);
    expect(result).toEqual({ class: "DestinationResult", destination: "playlist", notRequired: {} });
  });
});
