import type { SchemaPair, Rule } from "../types.js";

/** A new required property in a request: existing callers do not send it. */
const rule: Rule<SchemaPair> = {
  id: "request-property-added-required",
  level: "breaking",
  summary: "A new required property in a request: existing callers do not send it.",
  example: "request body: { name } \u2192 { name, owner (required) }",
  check(pair, report) {
    if (pair.direction !== "request") return;
    for (const name of pair.revision.properties.keys()) {
      if (!pair.base.properties.has(name) && pair.revision.required.has(name)) report(`required property \`${name}\` added`);
    }
  },
};

export default rule;
