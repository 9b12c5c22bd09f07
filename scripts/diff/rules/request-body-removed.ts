import type { BodyPair, Rule } from "../types.js";

/** The request body removed: what callers send is ignored. */
const rule: Rule<BodyPair> = {
  id: "request-body-removed",
  level: "warning",
  summary: "The request body removed: what callers send is ignored.",
  example: "requestBody \u2192 (no body)",
  check(pair, report) {
    if (pair.base !== undefined && pair.revision === undefined) report("request body removed", pair.base.pointer);
  },
};

export default rule;
