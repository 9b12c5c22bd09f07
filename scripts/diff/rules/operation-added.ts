import type { OperationPair, Rule } from "../types.js";

/** A new operation. */
const rule: Rule<OperationPair> = {
  id: "operation-added",
  level: "info",
  summary: "A new operation.",
  example: "(none) \u2192 POST /pets",
  check(pair, report) {
    if (pair.base === undefined && pair.revision !== undefined) report("operation added");
  },
};

export default rule;
