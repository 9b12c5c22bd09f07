import type { ParameterPair, Rule } from "../types.js";

/** A new required parameter: existing calls do not send it. */
const rule: Rule<ParameterPair> = {
  id: "request-parameter-added-required",
  level: "breaking",
  summary: "A new required parameter: existing calls do not send it.",
  example: "(none) \u2192 query `limit` (required)",
  check(pair, report) {
    const { revision } = pair;
    if (pair.base === undefined && pair.movedFrom === undefined && revision?.required === true)
      report(`required ${revision.in} parameter \`${revision.name}\` added`);
  },
};

export default rule;
