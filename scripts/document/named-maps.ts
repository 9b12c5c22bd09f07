/** Where a key is a name the spec's author chose rather than an OpenAPI or JSON Schema keyword. */

/** Maps whose keys the author chooses: a property, a schema, a definition, a response code, a scheme. */
export const AUTHOR_NAMED_MAPS: ReadonlySet<string> = new Set([
  "properties",
  "schemas",
  "definitions",
  "parameters",
  "responses",
  "examples",
  "requestBodies",
  "headers",
  "securitySchemes",
  "links",
  "callbacks",
  "pathItems",
  "$defs",
  "patternProperties",
  "variables",
  "encoding",
  "mapping",
]);

/**
 * Whether `key`, in an object reached through `parentKey`, holds examples or links: data that
 * shapes no type. Not when the key is a name the author chose: a schema property called `links`
 * (codat.io's payments) is a type like any other.
 */
export function holdsExamplesOrLinks(key: string, parentKey: string): boolean {
  return (key === "example" || key === "examples" || key === "links") && !AUTHOR_NAMED_MAPS.has(parentKey);
}
