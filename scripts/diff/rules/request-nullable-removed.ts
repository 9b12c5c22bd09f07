import type { SchemaPair, Rule } from "../types.js";

/** A request value can no longer be null. */
const rule: Rule<SchemaPair> = {
  id: "request-nullable-removed",
  level: "breaking",
  summary: "A request value can no longer be null.",
  example: "request body `nickname`: string | null \u2192 string",
  check(pair, report) {
    if (pair.direction !== "request") return;
    if (pair.base.nullable && !pair.revision.nullable) report("no longer accepts null");
  },
};

export default rule;
