import type { SchemaPair, Rule } from "../types.js";
import { sameTypes, typeList, typesWithin } from "./compare.js";

/** A response schema's type narrowed (e.g. number to integer): every value still fits what callers expect. */
const rule: Rule<SchemaPair> = {
  id: "response-type-narrowed",
  level: "info",
  summary: "A response schema's type narrowed (e.g. number to integer): every value still fits what callers expect.",
  example: "200 body `price`: number \u2192 integer",
  check(pair, report) {
    if (pair.direction !== "response") return;
    const { base, revision } = pair;
    if (!sameTypes(base.types, revision.types) && typesWithin(revision.types, base.types))
      report(`type narrowed from ${typeList(base)} to ${typeList(revision)}`);
  },
};

export default rule;
