import type { OperationPair, Rule } from "../types.js";

/** An operation became deprecated. */
const rule: Rule<OperationPair> = {
  id: "operation-deprecated",
  level: "warning",
  summary: "An operation became deprecated.",
  example: "deprecated: false \u2192 deprecated: true",
  check(pair, report) {
    if (pair.base !== undefined && pair.revision !== undefined && pair.base.operation.deprecated !== true && pair.revision.operation.deprecated === true) {
      report("operation deprecated");
    }
  },
};

export default rule;
