import type { SchemaPair, Rule } from "../types.js";
import { enumOnlyIn, show } from "./compare.js";

/** A value no longer appears in a response enum. */
const rule: Rule<SchemaPair> = {
  id: "response-enum-value-removed",
  level: "info",
  summary: "A value no longer appears in a response enum.",
  example: "200 body `status`: [active, closed, archived] \u2192 [active, closed]",
  check(pair, report) {
    if (pair.direction !== "response") return;
    const { base, revision } = pair;
    if (base.enum === undefined || revision.enum === undefined) return;
    for (const value of enumOnlyIn(base.enum, revision.enum)) report(`enum value ${show(value)} removed`);
  },
};

export default rule;
