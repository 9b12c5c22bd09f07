import type { SchemaPair, Rule } from "../types.js";
import { enumOnlyIn, show } from "./compare.js";

/** A value callers could send is no longer in the request's enum (or an enum now restricts it). */
const rule: Rule<SchemaPair> = {
  id: "request-enum-value-removed",
  level: "breaking",
  summary: "A value callers could send is no longer in the request's enum (or an enum now restricts it).",
  example: "query `sort`: [asc, desc] \u2192 [asc]",
  check(pair, report) {
    if (pair.direction !== "request") return;
    const { base, revision } = pair;
    if (revision.enum === undefined) return;
    if (base.enum === undefined) return report(`values restricted to ${revision.enum.map(show).join(", ")}`);
    for (const value of enumOnlyIn(base.enum, revision.enum)) report(`enum value ${show(value)} removed`);
  },
};

export default rule;
