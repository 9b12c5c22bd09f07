import type { BodyPair, Rule } from "../types.js";

/** An optional request body where there was none. */
const rule: Rule<BodyPair> = {
  id: "request-body-added-optional",
  level: "info",
  summary: "An optional request body where there was none.",
  example: "(no body) \u2192 requestBody",
  check(pair, report) {
    if (pair.base === undefined && pair.revision !== undefined && !pair.revision.required) report("optional request body added");
  },
};

export default rule;
