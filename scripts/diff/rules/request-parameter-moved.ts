import type { ParameterPair, Rule } from "../types.js";

/** A parameter moved to another location (query, header, path, cookie). */
const rule: Rule<ParameterPair> = {
  id: "request-parameter-moved",
  level: "breaking",
  summary: "A parameter moved to another location (query, header, path, cookie).",
  example: "query `version` \u2192 header `version`",
  check(pair, report) {
    const { movedFrom, revision } = pair;
    if (movedFrom !== undefined && revision !== undefined) report(`parameter \`${revision.name}\` moved from ${movedFrom.in} to ${revision.in}`);
  },
};

export default rule;
