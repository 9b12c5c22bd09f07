import type { ParameterPair, Rule } from "../types.js";

/** A new optional parameter. */
const rule: Rule<ParameterPair> = {
  id: "request-parameter-added-optional",
  level: "info",
  summary: "A new optional parameter.",
  example: "(none) \u2192 query `limit`",
  check(pair, report) {
    const { revision } = pair;
    if (pair.base === undefined && pair.movedFrom === undefined && revision !== undefined && !revision.required)
      report(`optional ${revision.in} parameter \`${revision.name}\` added`);
  },
};

export default rule;
