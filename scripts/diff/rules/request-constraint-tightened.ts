import type { SchemaPair, Rule } from "../types.js";
import { constraintChanges } from "./compare.js";

/** A request constraint lets fewer values through: maximum lowered, minimum raised, max/min length or items tightened, pattern added or changed. */
const rule: Rule<SchemaPair> = {
  id: "request-constraint-tightened",
  level: "breaking",
  summary: "A request constraint lets fewer values through: maximum lowered, minimum raised, max/min length or items tightened, pattern added or changed.",
  example: "query `limit`: maximum 100 \u2192 maximum 50",
  check(pair, report) {
    if (pair.direction !== "request") return;
    for (const change of constraintChanges(pair.base.constraints, pair.revision.constraints).tightened) report(change);
  },
};

export default rule;
