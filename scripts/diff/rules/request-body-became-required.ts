import type { BodyPair, Rule } from "../types.js";

/** An optional request body became required. */
const rule: Rule<BodyPair> = {
  id: "request-body-became-required",
  level: "breaking",
  summary: "An optional request body became required.",
  example: "requestBody.required: false \u2192 true",
  check(pair, report) {
    if (pair.base !== undefined && pair.revision !== undefined && !pair.base.required && pair.revision.required) report("request body became required");
  },
};

export default rule;
