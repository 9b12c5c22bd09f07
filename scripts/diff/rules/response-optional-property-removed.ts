import type { SchemaPair, Rule } from "../types.js";

/** An optional response property removed: callers that read it when present never see it. */
const rule: Rule<SchemaPair> = {
  id: "response-optional-property-removed",
  level: "warning",
  summary: "An optional response property removed: callers that read it when present never see it.",
  example: "200 body: { id, nickname? } \u2192 { id }",
  check(pair, report) {
    if (pair.direction !== "response") return;
    for (const name of pair.base.properties.keys()) {
      if (!pair.revision.properties.has(name) && !pair.base.required.has(name)) report(`optional property \`${name}\` removed`, pair.base.pointer);
    }
  },
};

export default rule;
