import type { SchemaPair, Rule } from "../types.js";
import { sameTypes, typeList, typesWithin } from "./compare.js";

/** A request schema's type changed so that values callers send may no longer fit. */
const rule: Rule<SchemaPair> = {
  id: "request-type-changed",
  level: "breaking",
  summary: "A request schema's type changed so that values callers send may no longer fit.",
  example: "query `limit`: string \u2192 integer",
  check(pair, report) {
    if (pair.direction !== "request") return;
    const { base, revision } = pair;
    if (!sameTypes(base.types, revision.types) && !typesWithin(base.types, revision.types))
      report(`type changed from ${typeList(base)} to ${typeList(revision)}`);
  },
};

export default rule;
