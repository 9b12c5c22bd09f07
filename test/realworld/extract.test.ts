// bench/corpus/extract.ts cuts a real document down to chosen operations: what they reach stays
// verbatim (components through `$ref`s, transitively; the security schemes their requirements
// name; their tags), everything else goes, and an operation the document lacks is an error.
import { describe, expect, it } from "vitest";
import { extractOperations } from "../../bench/corpus/extract.js";

const document = {
  openapi: "3.0.0",
  info: { title: "Shop", version: "1", "x-origin": [{ url: "https://example.com/openapi.json" }] },
  servers: [{ url: "https://api.example.com" }],
  security: [{ basic: [] }],
  tags: [{ name: "orders" }, { name: "users" }],
  paths: {
    "/orders": {
      parameters: [{ $ref: "#/components/parameters/tenant" }],
      get: {
        operationId: "listOrders",
        tags: ["orders"],
        security: [{ oauth: ["read"] }],
        responses: {
          "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/OrderList" } } } },
          default: { $ref: "#/components/responses/error" },
        },
      },
      post: { operationId: "createOrder", tags: ["orders"], responses: { "201": { description: "made" } } },
    },
    "/users": { get: { operationId: "listUsers", tags: ["users"], responses: { "200": { description: "ok" } } } },
  },
  components: {
    schemas: {
      OrderList: { type: "object", properties: { data: { type: "array", items: { $ref: "#/components/schemas/Order" } } } },
      Order: { type: "object", properties: { id: { type: "string" }, buyer: { $ref: "#/components/schemas/User/properties/id" } } },
      User: { type: "object", properties: { id: { type: "string" } } },
      Error: { type: "object" },
      Unused: { type: "string" },
    },
    parameters: { tenant: { name: "tenant", in: "query", schema: { type: "string" } } },
    responses: { error: { description: "error", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
    securitySchemes: { basic: { type: "http", scheme: "basic" }, oauth: { type: "oauth2", flows: {} }, unused: { type: "apiKey", in: "header", name: "k" } },
  },
};

describe("extractOperations", () => {
  it("keeps the chosen operation, its path item's parameters and tags, and every component it reaches, transitively and whole", () => {
    const extract = extractOperations(document, ["GET /orders"]);
    expect(extract).toEqual({
      openapi: "3.0.0",
      info: document.info,
      servers: document.servers,
      security: document.security,
      tags: [{ name: "orders" }],
      paths: { "/orders": { parameters: document.paths["/orders"].parameters, get: document.paths["/orders"].get } },
      components: {
        schemas: {
          OrderList: document.components.schemas.OrderList,
          Order: document.components.schemas.Order,
          User: document.components.schemas.User,
          Error: document.components.schemas.Error,
        },
        parameters: document.components.parameters,
        responses: document.components.responses,
        securitySchemes: { basic: document.components.securitySchemes.basic, oauth: document.components.securitySchemes.oauth },
      },
    });
  });

  it("keeps only the responses asked for, and what those reach", () => {
    const extract = extractOperations(document, ["GET /orders"], ["200"]);
    const components = extract.components as Record<string, Record<string, unknown>>;
    expect(Object.keys((extract.paths as Record<string, { get: { responses: object } }>)["/orders"]?.get.responses ?? {})).toEqual(["200"]);
    expect(Object.keys(components.schemas ?? {})).toEqual(["OrderList", "Order", "User"]);
    expect(components.responses).toBeUndefined();
  });

  it("names an operation the document does not have", () => {
    expect(() => extractOperations(document, ["DELETE /orders"])).toThrow("the document has no operation DELETE /orders");
  });
});
