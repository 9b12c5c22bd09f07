import type { SchemaPair, Rule } from "../types.js";
import { sameTypes, typeList, typesWithin } from "./compare.js";

/** A request schema's type widened (e.g. integer to number): everything callers sent still fits. */
const rule: Rule<SchemaPair> = {
  id: "request-type-widened",
  level: "info",
  summary: "A request schema's type widened (e.g. integer to number): everything callers sent still fits.",
  example: "request body `price`: integer \u2192 number",
  check(pair, report) {
    if (pair.direction !== "request") return;
    const { base, revision } = pair;
    if (!sameTypes(base.types, revision.types) && typesWithin(base.types, revision.types))
      report(`type widened from ${typeList(base)} to ${typeList(revision)}`);
  },
};

export default rule;
