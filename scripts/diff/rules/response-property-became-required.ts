import type { SchemaPair, Rule } from "../types.js";

/** An optional response property is now always present. */
const rule: Rule<SchemaPair> = {
  id: "response-property-became-required",
  level: "info",
  summary: "An optional response property is now always present.",
  example: "200 body `name`: optional \u2192 required",
  check(pair, report) {
    if (pair.direction !== "response") return;
    for (const name of pair.revision.properties.keys()) {
      if (pair.base.properties.has(name) && !pair.base.required.has(name) && pair.revision.required.has(name)) report(`property \`${name}\` became required`);
    }
  },
};

export default rule;
