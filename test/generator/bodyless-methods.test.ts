// A GET or HEAD operation takes no request body: fetch refuses to build such a request, so a body
// the spec declares on one (Stripe declares an empty form body on every list) is left out of the
// model, with a warning where it is written; other methods keep theirs.
import { describe, expect, it } from "vitest";
import { modelOperations } from "../../scripts/model/api-model.js";
import { normalizeSpec } from "../../scripts/pipeline/normalize-spec.js";

const formBody = { content: { "application/x-www-form-urlencoded": { schema: { type: "object", properties: {}, additionalProperties: false } } } };
const document = {
  openapi: "3.0.0",
  info: { title: "Bodies", version: "1" },
  paths: {
    "/v1/things": {
      get: { operationId: "listThings", requestBody: formBody, responses: { "200": { description: "ok" } } },
      head: { operationId: "headThings", requestBody: formBody, responses: { "200": { description: "ok" } } },
      post: { operationId: "createThing", requestBody: formBody, responses: { "200": { description: "ok" } } },
      delete: { operationId: "deleteThings", requestBody: formBody, responses: { "204": { description: "gone" } } },
    },
  },
};

describe("request bodies on GET and HEAD", () => {
  const model = normalizeSpec({ document }, { name: "Bodies", spec: "bodies.json", output: "out" });
  const bodyOf = (method: string) => modelOperations(model).find((operation) => operation.httpMethod === method)?.body;

  it("leaves the body of a GET or HEAD out of the model", () => {
    expect([bodyOf("GET"), bodyOf("HEAD")]).toEqual([undefined, undefined]);
  });

  it("keeps the body of every other method", () => {
    expect([bodyOf("POST")?.kind, bodyOf("DELETE")?.kind]).toEqual(["form", "form"]);
  });

  it("warns where each ignored body is written", () => {
    expect(model.warnings).toEqual([
      { pointer: "#/paths/~1v1~1things/get/requestBody", message: "requestBody ignored: fetch sends no body with GET" },
      { pointer: "#/paths/~1v1~1things/head/requestBody", message: "requestBody ignored: fetch sends no body with HEAD" },
    ]);
  });
});
