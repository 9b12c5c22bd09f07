import type { SchemaPair, Rule } from "../types.js";

/** A new optional property in a request. */
const rule: Rule<SchemaPair> = {
  id: "request-property-added-optional",
  level: "info",
  summary: "A new optional property in a request.",
  example: "request body: { name } \u2192 { name, nickname }",
  check(pair, report) {
    if (pair.direction !== "request") return;
    for (const name of pair.revision.properties.keys()) {
      if (!pair.base.properties.has(name) && !pair.revision.required.has(name)) report(`optional property \`${name}\` added`);
    }
  },
};

export default rule;
