import type { BodyPair, Rule } from "../types.js";

/** A required request body where there was none. */
const rule: Rule<BodyPair> = {
  id: "request-body-added-required",
  level: "breaking",
  summary: "A required request body where there was none.",
  example: "(no body) \u2192 requestBody (required: true)",
  check(pair, report) {
    if (pair.base === undefined && pair.revision?.required === true) report("required request body added");
  },
};

export default rule;
