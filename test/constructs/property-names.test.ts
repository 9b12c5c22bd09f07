// Property names __proto__, constructor, $ref, my-prop over real HTTP
// (test/fixtures/constructs/property-names.yaml). In its own file: it imports its own client.
import { describe, expect, it } from "vitest";
import { PropertyNames } from "./generated/property-names/index.js";
import { onlyRequest, useServers } from "./helpers.js";

const { serve } = useServers();
const WIRE = '{"__proto__":"p","constructor":1,"$ref":"r","my-prop":true}';

describe("special property names", () => {
  it("sends each as an own JSON property, and returns them as own properties (no prototype change)", async () => {
    const target = await serve([{ status: 200, headers: { "content-type": "application/json" }, body: WIRE }]);
    const client = new PropertyNames({ baseUrl: target.url });
    // A computed key makes `__proto__` an own property; a literal `__proto__:` would set the prototype.
    const weird = await client.objects.putWeird({ ["__proto__"]: "p", constructor: 1, $ref: "r", "my-prop": true });
    const request = onlyRequest(target);
    expect(request.method).toBe("PUT");
    expect(request.url).toBe("/weird");
    expect(request.body).toBe(WIRE);
    expect(Object.getPrototypeOf(weird)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(weird)).toEqual(["__proto__", "constructor", "$ref", "my-prop"]);
    expect(Object.getOwnPropertyDescriptor(weird, "__proto__")?.value).toBe("p");
    expect(weird.constructor).toBe(1);
    expect(weird.$ref).toBe("r");
    expect(weird["my-prop"]).toBe(true);
  });
});
