import type { ParameterPair, Rule } from "../types.js";

/** A parameter removed: callers that send it are ignored or refused. */
const rule: Rule<ParameterPair> = {
  id: "request-parameter-removed",
  level: "warning",
  summary: "A parameter removed: callers that send it are ignored or refused.",
  example: "query `limit` \u2192 (none)",
  check(pair, report) {
    const { base } = pair;
    if (base !== undefined && pair.revision === undefined) report(`${base.in} parameter \`${base.name}\` removed`, base.pointer);
  },
};

export default rule;
