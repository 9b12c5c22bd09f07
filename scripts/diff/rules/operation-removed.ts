import type { OperationPair, Rule } from "../types.js";

/** An operation removed without having been deprecated first. */
const rule: Rule<OperationPair> = {
  id: "operation-removed",
  level: "breaking",
  summary: "An operation removed without having been deprecated first.",
  example: "GET /pets/{id} \u2192 (none)",
  check(pair, report) {
    if (pair.base !== undefined && pair.revision === undefined && pair.base.operation.deprecated !== true) {
      report("operation removed without being deprecated first", pair.base.pointer);
    }
  },
};

export default rule;
