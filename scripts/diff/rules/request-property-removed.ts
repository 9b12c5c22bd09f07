import type { SchemaPair, Rule } from "../types.js";

/** A request property removed: callers that send it are ignored or refused. */
const rule: Rule<SchemaPair> = {
  id: "request-property-removed",
  level: "warning",
  summary: "A request property removed: callers that send it are ignored or refused.",
  example: "request body: { name, nickname } \u2192 { name }",
  check(pair, report) {
    if (pair.direction !== "request") return;
    for (const name of pair.base.properties.keys()) {
      if (!pair.revision.properties.has(name)) report(`property \`${name}\` removed`, pair.base.pointer);
    }
  },
};

export default rule;
