import type { SchemaPair, Rule } from "../types.js";
import { enumOnlyIn, show } from "./compare.js";

/** A new value in a request's enum. */
const rule: Rule<SchemaPair> = {
  id: "request-enum-value-added",
  level: "info",
  summary: "A new value in a request's enum.",
  example: "query `sort`: [asc] \u2192 [asc, desc]",
  check(pair, report) {
    if (pair.direction !== "request") return;
    const { base, revision } = pair;
    if (base.enum === undefined || revision.enum === undefined) return;
    for (const value of enumOnlyIn(revision.enum, base.enum)) report(`enum value ${show(value)} added`);
  },
};

export default rule;
