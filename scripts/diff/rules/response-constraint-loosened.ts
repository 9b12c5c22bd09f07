import type { SchemaPair, Rule } from "../types.js";
import { constraintChanges } from "./compare.js";

/** A response constraint lets more values through: callers relying on it may meet values outside it. */
const rule: Rule<SchemaPair> = {
  id: "response-constraint-loosened",
  level: "warning",
  summary: "A response constraint lets more values through: callers relying on it may meet values outside it.",
  example: "200 body `name`: maxLength 50 \u2192 maxLength 100",
  check(pair, report) {
    if (pair.direction !== "response") return;
    for (const change of constraintChanges(pair.base.constraints, pair.revision.constraints).loosened) report(change);
  },
};

export default rule;
