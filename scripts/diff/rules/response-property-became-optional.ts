import type { SchemaPair, Rule } from "../types.js";

/** A required response property became optional: callers must now handle its absence. */
const rule: Rule<SchemaPair> = {
  id: "response-property-became-optional",
  level: "breaking",
  summary: "A required response property became optional: callers must now handle its absence.",
  example: "200 body `name`: required \u2192 optional",
  check(pair, report) {
    if (pair.direction !== "response") return;
    for (const name of pair.revision.properties.keys()) {
      if (pair.base.properties.has(name) && pair.base.required.has(name) && !pair.revision.required.has(name)) report(`property \`${name}\` became optional`);
    }
  },
};

export default rule;
