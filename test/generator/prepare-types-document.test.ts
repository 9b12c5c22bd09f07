// The types stage's document (scripts/pipeline/prepare-types-document.ts): `$ref` targets that
// are not components themselves are hoisted into components; stream item schemas that
// openapi-typescript does not type are copied there; a discriminator property a schema inherits
// and declares is its own; string enum members of an object schema are ignored.
import { describe, expect, it } from "vitest";
import { prepareTypesDocument } from "../../scripts/pipeline/prepare-types-document.js";

type Json = Record<string, unknown>;

const string = { type: "string" };

const cases: [string, { given: Json; want: Json }][] = [
  [
    "an allOf member that is a nullable component, under required properties, points at a copy without null (plaid.com); other refs to it stay",
    {
      given: {
        components: {
          schemas: {
            Error: { type: "object", nullable: true, properties: { code: string } },
            Error31: { type: ["object", "null"], properties: { code: string } },
            Cause: { allOf: [{ $ref: "#/components/schemas/Error" }, { $ref: "#/components/schemas/Error31" }], required: ["code"] },
            Loose: { allOf: [{ $ref: "#/components/schemas/Error" }] },
          },
        },
      },
      want: {
        components: {
          schemas: {
            Error: { type: "object", nullable: true, properties: { code: string } },
            Error31: { type: ["object", "null"], properties: { code: string } },
            Cause: { allOf: [{ $ref: "#/components/schemas/ErrorNonNull" }, { $ref: "#/components/schemas/Error31NonNull" }], required: ["code"] },
            Loose: { allOf: [{ $ref: "#/components/schemas/Error" }] },
            ErrorNonNull: { type: "object", properties: { code: string } },
            Error31NonNull: { type: "object", properties: { code: string } },
          },
        },
      },
    },
  ],
  [
    "a property named links or examples is a type like any other: a ref inside it is hoisted too (codat.io)",
    {
      given: {
        components: {
          schemas: {
            A: {
              properties: {
                links: { type: "array", items: { $ref: "#/components/schemas/A/definitions/link" } },
                examples: { $ref: "#/components/schemas/A/definitions/link" },
              },
              definitions: { link: string },
            },
          },
        },
      },
      want: {
        components: {
          schemas: {
            A: {
              properties: { links: { type: "array", items: { $ref: "#/components/schemas/link" } }, examples: { $ref: "#/components/schemas/link" } },
              definitions: { link: string },
            },
            link: string,
          },
        },
      },
    },
  ],
  [
    "a ref into a schema's definitions names a copy of its target",
    {
      given: { components: { schemas: { A: { properties: { b: { $ref: "#/components/schemas/A/definitions/b" } }, definitions: { b: string } } } } },
      want: {
        components: { schemas: { A: { properties: { b: { $ref: "#/components/schemas/b" } }, definitions: { b: string } }, b: string } },
      },
    },
  ],
  [
    "a ref into a parameter list goes to components.parameters, a response body to schemas, each under a name that says where it came from",
    {
      given: {
        paths: {
          "/a": {
            get: { parameters: [{ name: "q", in: "query", schema: string }], responses: { "200": { content: { "application/json": { schema: string } } } } },
          },
          "/b": {
            get: {
              parameters: [{ $ref: "#/paths/~1a/get/parameters/0" }],
              responses: { "200": { content: { "application/json": { schema: { $ref: "#/paths/~1a/get/responses/200/content/application~1json/schema" } } } } },
            },
          },
        },
      },
      want: {
        paths: {
          "/a": {
            get: { parameters: [{ name: "q", in: "query", schema: string }], responses: { "200": { content: { "application/json": { schema: string } } } } },
          },
          "/b": {
            get: {
              parameters: [{ $ref: "#/components/parameters/a_get_parameters_0" }],
              responses: {
                "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/a_get_responses_200_content_application_json_schema" } } } },
              },
            },
          },
        },
        components: {
          parameters: { a_get_parameters_0: { name: "q", in: "query", schema: string } },
          schemas: { a_get_responses_200_content_application_json_schema: string },
        },
      },
    },
  ],
  [
    "a hoisted name never replaces a component: the copy gets a suffix",
    {
      given: {
        components: { schemas: { b: string, A: { items: { $ref: "#/components/schemas/A/definitions/b" }, definitions: { b: { type: "integer" } } } } },
      },
      want: {
        components: {
          schemas: { b: string, A: { items: { $ref: "#/components/schemas/b2" }, definitions: { b: { type: "integer" } } }, b2: { type: "integer" } },
        },
      },
    },
  ],
  [
    "refs in examples, links and extensions type nothing and stay as written",
    {
      given: {
        paths: { "/a": { get: { x: string } } },
        components: { schemas: { A: { ...string, "x-see": { $ref: "#/paths/~1a/get/x" } } }, examples: { e: { $ref: "#/paths/~1a/get/x" } } },
      },
      want: {
        paths: { "/a": { get: { x: string } } },
        components: { schemas: { A: { ...string, "x-see": { $ref: "#/paths/~1a/get/x" } } }, examples: { e: { $ref: "#/paths/~1a/get/x" } } },
      },
    },
  ],
  [
    "an inline itemSchema (OpenAPI 3.2), which openapi-typescript types nowhere, gets a copy in schemas named after its operation; a hoisted target never takes that name",
    {
      given: {
        paths: {
          "/export": {
            get: {
              operationId: "exportRows",
              responses: { "200": { content: { "application/jsonl": { itemSchema: { properties: { id: { $ref: "#/components/schemas/Ids/items" } } } } } } },
            },
          },
        },
        components: { schemas: { Ids: { type: "array", items: string } } },
      },
      want: {
        paths: {
          "/export": {
            get: {
              operationId: "exportRows",
              responses: { "200": { content: { "application/jsonl": { itemSchema: { properties: { id: { $ref: "#/components/schemas/Ids_items" } } } } } } },
            },
          },
        },
        components: {
          schemas: {
            Ids: { type: "array", items: string },
            Ids_items: string,
            ExportRowsStreamItem: { properties: { id: { $ref: "#/components/schemas/Ids_items" } } },
          },
        },
      },
    },
  ],
  [
    "a schema that inherits a discriminator through allOf and declares its property gets the propertyName, and the property is required",
    {
      given: {
        components: {
          schemas: {
            Base: { type: "object", properties: { kind: string }, discriminator: { propertyName: "kind" } },
            Middle: { allOf: [{ $ref: "#/components/schemas/Base" }] },
            Leaf: { allOf: [{ $ref: "#/components/schemas/Middle" }], properties: { kind: { type: "string", enum: ["Leaf"] } }, required: ["x"] },
            Other: { allOf: [{ $ref: "#/components/schemas/Base" }], properties: { x: string } },
          },
        },
      },
      want: {
        components: {
          schemas: {
            Base: { type: "object", properties: { kind: string }, discriminator: { propertyName: "kind" } },
            Middle: { allOf: [{ $ref: "#/components/schemas/Base" }] },
            Leaf: {
              allOf: [{ $ref: "#/components/schemas/Middle" }],
              properties: { kind: { type: "string", enum: ["Leaf"] } },
              required: ["x", "kind"],
              discriminator: { propertyName: "kind" },
            },
            Other: { allOf: [{ $ref: "#/components/schemas/Base" }], properties: { x: string } },
          },
        },
      },
    },
  ],
  [
    "an event's data under contentSchema is copied, not the event around it",
    {
      given: {
        paths: {
          "/chat": {
            post: {
              operationId: "chat",
              responses: {
                "200": {
                  content: {
                    "text/event-stream": { itemSchema: { properties: { data: { type: "string", contentSchema: { properties: { delta: string } } } } } },
                  },
                },
              },
            },
          },
        },
        components: { schemas: { ChatStreamItem: string } },
      },
      want: {
        paths: {
          "/chat": {
            post: {
              operationId: "chat",
              responses: {
                "200": {
                  content: {
                    "text/event-stream": { itemSchema: { properties: { data: { type: "string", contentSchema: { properties: { delta: string } } } } } },
                  },
                },
              },
            },
          },
        },
        components: { schemas: { ChatStreamItem: string, ChatStreamItem2: { properties: { delta: string } } } },
      },
    },
  ],
  [
    "an object schema's enum keeps only objects: strings are dropped, and an enum left empty with them",
    {
      given: {
        components: {
          schemas: {
            Group: { type: "object", enum: ["PKW", "VAN"], properties: { name: string } },
            Mixed: { type: "object", enum: ["a", { b: 1 }] },
            Word: { type: "string", enum: ["a"] },
          },
        },
      },
      want: {
        components: {
          schemas: {
            Group: { type: "object", properties: { name: string } },
            Mixed: { type: "object", enum: [{ b: 1 }] },
            Word: { type: "string", enum: ["a"] },
          },
        },
      },
    },
  ],
];

describe("prepareTypesDocument", () => {
  it.each(cases)("%s", (_, { given, want }) => {
    expect(prepareTypesDocument(given)).toEqual(want);
  });

  it("returns the document itself when every ref names a component, so its types do not change by a byte", () => {
    const document = { components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: string } }, paths: { "/a": { $ref: "#/paths/~1b" } } };
    expect(prepareTypesDocument(document)).toBe(document);
  });

  it.each(cases)("leaves the given document as it was: %s", (_, { given }) => {
    const before = structuredClone(given);
    prepareTypesDocument(given);
    expect(given).toEqual(before);
  });
});
