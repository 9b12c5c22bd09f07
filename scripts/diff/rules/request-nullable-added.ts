import type { SchemaPair, Rule } from "../types.js";

/** A request value may now be null. */
const rule: Rule<SchemaPair> = {
  id: "request-nullable-added",
  level: "info",
  summary: "A request value may now be null.",
  example: "request body `nickname`: string \u2192 string | null",
  check(pair, report) {
    if (pair.direction !== "request") return;
    if (!pair.base.nullable && pair.revision.nullable) report("now accepts null");
  },
};

export default rule;
