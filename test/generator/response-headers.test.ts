// Declared response headers in the model (scripts/model/response-headers.ts): how each header's
// schema is parsed at run time, what is left out, and the warning for a name no response can carry.
import { describe, expect, it } from "vitest";
import { headerNameWarnings, type ResponseHeaderModel, readResponseHeaders } from "../../scripts/model/response-headers.js";

const document = {
  components: {
    headers: { Reset: { description: "Epoch seconds.", required: true, schema: { type: "integer" } }, Chain: { $ref: "#/components/headers/Reset" } },
    schemas: { Tier: { type: "string", enum: ["free", "pro"] }, Count: { type: "integer" } },
  },
};

const header = (schema: ResponseHeaderModel["schema"], extra: Partial<ResponseHeaderModel> = {}): Omit<ResponseHeaderModel, "name"> => ({
  required: false,
  schema,
  description: undefined,
  ...extra,
});

const cases: [string, { given: unknown; want: Omit<ResponseHeaderModel, "name"> }][] = [
  ["an integer", { given: { schema: { type: "integer" } }, want: header("integer") }],
  ["a number", { given: { schema: { type: "number", format: "float" } }, want: header("number") }],
  ["a boolean", { given: { schema: { type: "boolean" } }, want: header("boolean") }],
  ["a string", { given: { schema: { type: "string", format: "date-time" } }, want: header("string") }],
  [
    "required, with its description",
    { given: { required: true, description: "Left.", schema: { type: "integer" } }, want: header("integer", { required: true, description: "Left." }) },
  ],
  [
    "a $ref to components/headers",
    { given: { $ref: "#/components/headers/Reset" }, want: header("integer", { required: true, description: "Epoch seconds." }) },
  ],
  ["a chain of $refs", { given: { $ref: "#/components/headers/Chain" }, want: header("integer", { required: true, description: "Epoch seconds." }) }],
  ["a schema $ref", { given: { schema: { $ref: "#/components/schemas/Count" } }, want: header("integer") }],
  ["an enum through a schema $ref", { given: { schema: { $ref: "#/components/schemas/Tier" } }, want: header({ enum: ["free", "pro"] }) }],
  ["a numeric enum", { given: { schema: { type: "integer", enum: [1, 2] } }, want: header({ enum: [1, 2] }) }],
  ["an enum with null (3.0 nullable)", { given: { schema: { type: "string", nullable: true, enum: ["a", null] } }, want: header({ enum: ["a"] }) }],
  ["a const", { given: { schema: { const: "v1" } }, want: header({ enum: ["v1"] }) }],
  ["3.1's type with null", { given: { schema: { type: ["integer", "null"] } }, want: header("integer") }],
  ["an array of integers", { given: { schema: { type: "array", items: { type: "integer" } } }, want: header({ items: "integer" }) }],
  [
    "an array of an enum",
    { given: { schema: { type: "array", items: { $ref: "#/components/schemas/Tier" } } }, want: header({ items: { enum: ["free", "pro"] } }) },
  ],
  ["an array of objects: raw text", { given: { schema: { type: "array", items: { type: "object" } } }, want: header("string") }],
  ["an object: raw text", { given: { schema: { type: "object", properties: { a: { type: "string" } } } }, want: header("string") }],
  ["a oneOf: raw text", { given: { schema: { oneOf: [{ type: "integer" }, { type: "string" }] } }, want: header("string") }],
  ["a content map instead of a schema: raw text", { given: { content: { "application/json": { schema: { type: "object" } } } }, want: header("string") }],
  ["an enum of objects: raw text", { given: { schema: { enum: [{ a: 1 }] } }, want: header("string") }],
];

describe("readResponseHeaders", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(readResponseHeaders(document, { headers: { "X-H": given } })).toStrictEqual([{ name: "X-H", ...want }]);
  });

  it("sorts by name (code unit), leaves out Content-Type in any case and names no response can carry", () => {
    const headers = { b: {}, "content-TYPE": {}, "X-Ok": {}, "Bad Name": {}, "a:b": {}, A: {} };
    expect(readResponseHeaders(document, { headers }).map((entry) => entry.name)).toEqual(["A", "X-Ok", "b"]);
  });

  it("warns of each name no response can carry, at its pointer, for success responses", () => {
    const responses = { "200": { headers: { "Bad Name": {}, Fine: {} } }, "404": { headers: { "Also bad": {} } } };
    expect(headerNameWarnings(document, responses, [{ status: "200" }], "#/paths/~1x/get")).toEqual([
      {
        pointer: "#/paths/~1x/get/responses/200/headers/Bad Name",
        message: 'response header "Bad Name" ignored: not a valid HTTP field name (RFC 9110 §5.1), so no response can carry it',
      },
    ]);
  });
});
