import type { OperationPair, Rule } from "../types.js";

/** A deprecated operation removed. */
const rule: Rule<OperationPair> = {
  id: "deprecated-operation-removed",
  level: "info",
  summary: "A deprecated operation removed.",
  example: "GET /pets/{id} (deprecated: true) \u2192 (none)",
  check(pair, report) {
    if (pair.base !== undefined && pair.revision === undefined && pair.base.operation.deprecated === true) {
      report("deprecated operation removed", pair.base.pointer);
    }
  },
};

export default rule;
