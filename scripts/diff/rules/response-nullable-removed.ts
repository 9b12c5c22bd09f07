import type { SchemaPair, Rule } from "../types.js";

/** A response value is no longer null. */
const rule: Rule<SchemaPair> = {
  id: "response-nullable-removed",
  level: "info",
  summary: "A response value is no longer null.",
  example: "200 body `owner`: User | null \u2192 User",
  check(pair, report) {
    if (pair.direction !== "response") return;
    if (pair.base.nullable && !pair.revision.nullable) report("is no longer null");
  },
};

export default rule;
