import type { SchemaPair, Rule } from "../types.js";
import { constraintChanges } from "./compare.js";

/** A response constraint lets fewer values through. */
const rule: Rule<SchemaPair> = {
  id: "response-constraint-tightened",
  level: "info",
  summary: "A response constraint lets fewer values through.",
  example: "200 body `name`: maxLength 100 \u2192 maxLength 50",
  check(pair, report) {
    if (pair.direction !== "response") return;
    for (const change of constraintChanges(pair.base.constraints, pair.revision.constraints).tightened) report(change);
  },
};

export default rule;
