import type { SchemaPair, Rule } from "../types.js";

/** An optional request property became required. */
const rule: Rule<SchemaPair> = {
  id: "request-property-became-required",
  level: "breaking",
  summary: "An optional request property became required.",
  example: "request body `nickname`: optional \u2192 required",
  check(pair, report) {
    if (pair.direction !== "request") return;
    for (const name of pair.revision.properties.keys()) {
      if (pair.base.properties.has(name) && !pair.base.required.has(name) && pair.revision.required.has(name)) report(`property \`${name}\` became required`);
    }
  },
};

export default rule;
