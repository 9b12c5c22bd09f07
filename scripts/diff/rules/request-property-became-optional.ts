import type { SchemaPair, Rule } from "../types.js";

/** A required request property became optional. */
const rule: Rule<SchemaPair> = {
  id: "request-property-became-optional",
  level: "info",
  summary: "A required request property became optional.",
  example: "request body `nickname`: required \u2192 optional",
  check(pair, report) {
    if (pair.direction !== "request") return;
    for (const name of pair.revision.properties.keys()) {
      if (pair.base.properties.has(name) && pair.base.required.has(name) && !pair.revision.required.has(name)) report(`property \`${name}\` became optional`);
    }
  },
};

export default rule;
