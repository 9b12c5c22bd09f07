import type { ParameterPair, Rule } from "../types.js";

/** A required parameter became optional. */
const rule: Rule<ParameterPair> = {
  id: "request-parameter-became-optional",
  level: "info",
  summary: "A required parameter became optional.",
  example: "query `limit`: required: true \u2192 required: false",
  check(pair, report) {
    const { base, revision } = pair;
    if (base !== undefined && revision !== undefined && base.required && !revision.required)
      report(`${revision.in} parameter \`${revision.name}\` became optional`);
  },
};

export default rule;
