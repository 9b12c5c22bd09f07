import type { SchemaPair, Rule } from "../types.js";
import { enumOnlyIn, show } from "./compare.js";

/** A new value in a response enum: callers switching on the value meet one they do not know. */
const rule: Rule<SchemaPair> = {
  id: "response-enum-value-added",
  level: "warning",
  summary: "A new value in a response enum: callers switching on the value meet one they do not know.",
  example: "200 body `status`: [active, closed] \u2192 [active, closed, archived]",
  check(pair, report) {
    if (pair.direction !== "response") return;
    const { base, revision } = pair;
    if (base.enum === undefined) return;
    if (revision.enum === undefined) return report("no longer restricted to an enum");
    for (const value of enumOnlyIn(revision.enum, base.enum)) report(`enum value ${show(value)} added`);
  },
};

export default rule;
