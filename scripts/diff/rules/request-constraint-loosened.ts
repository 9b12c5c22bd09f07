import type { SchemaPair, Rule } from "../types.js";
import { constraintChanges } from "./compare.js";

/** A request constraint lets more values through. */
const rule: Rule<SchemaPair> = {
  id: "request-constraint-loosened",
  level: "info",
  summary: "A request constraint lets more values through.",
  example: "query `limit`: maximum 50 \u2192 maximum 100",
  check(pair, report) {
    if (pair.direction !== "request") return;
    for (const change of constraintChanges(pair.base.constraints, pair.revision.constraints).loosened) report(change);
  },
};

export default rule;
