import type { ParameterPair, Rule } from "../types.js";

/** An optional parameter became required. */
const rule: Rule<ParameterPair> = {
  id: "request-parameter-became-required",
  level: "breaking",
  summary: "An optional parameter became required.",
  example: "query `limit`: required: false \u2192 required: true",
  check(pair, report) {
    const { base, revision } = pair;
    if (base !== undefined && revision !== undefined && !base.required && revision.required)
      report(`${revision.in} parameter \`${revision.name}\` became required`);
  },
};

export default rule;
