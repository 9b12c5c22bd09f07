import type { SchemaPair, Rule } from "../types.js";
import { sameTypes, typeList, typesWithin } from "./compare.js";

/** A response schema's type changed or was generalized (e.g. integer to number): callers may get values they do not expect. */
const rule: Rule<SchemaPair> = {
  id: "response-type-changed",
  level: "breaking",
  summary: "A response schema's type changed or was generalized (e.g. integer to number): callers may get values they do not expect.",
  example: "200 body `id`: integer \u2192 string",
  check(pair, report) {
    if (pair.direction !== "response") return;
    const { base, revision } = pair;
    if (!sameTypes(base.types, revision.types) && !typesWithin(revision.types, base.types))
      report(`type changed from ${typeList(base)} to ${typeList(revision)}`);
  },
};

export default rule;
