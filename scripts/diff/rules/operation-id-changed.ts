import type { OperationPair, Rule } from "../types.js";

/** An operationId changed: the generated SDK method is renamed, which breaks callers at compile time. */
const rule: Rule<OperationPair> = {
  id: "operation-id-changed",
  level: "breaking",
  summary: "An operationId changed: the generated SDK method is renamed, which breaks callers at compile time.",
  example: "operationId: listPets \u2192 operationId: getPets",
  check(pair, report) {
    if (pair.base === undefined || pair.revision === undefined) return;
    const before = pair.base.operation.operationId;
    const after = pair.revision.operation.operationId;
    if (before !== after) report(`operationId changed from ${String(before)} to ${String(after)}: the SDK method is renamed`);
  },
};

export default rule;
