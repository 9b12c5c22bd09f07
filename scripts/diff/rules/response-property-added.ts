import type { SchemaPair, Rule } from "../types.js";

/** A new response property. */
const rule: Rule<SchemaPair> = {
  id: "response-property-added",
  level: "info",
  summary: "A new response property.",
  example: "200 body: { id } \u2192 { id, createdAt }",
  check(pair, report) {
    if (pair.direction !== "response") return;
    for (const name of pair.revision.properties.keys()) {
      if (!pair.base.properties.has(name)) report(`property \`${name}\` added`);
    }
  },
};

export default rule;
