import type { SchemaPair, Rule } from "../types.js";

/** A required response property removed: callers reading it get undefined. */
const rule: Rule<SchemaPair> = {
  id: "response-required-property-removed",
  level: "breaking",
  summary: "A required response property removed: callers reading it get undefined.",
  example: "200 body: { id, name } (both required) \u2192 { id }",
  check(pair, report) {
    if (pair.direction !== "response") return;
    for (const name of pair.base.properties.keys()) {
      if (!pair.revision.properties.has(name) && pair.base.required.has(name)) report(`required property \`${name}\` removed`, pair.base.pointer);
    }
  },
};

export default rule;
