import type { BodyPair, Rule } from "../types.js";

/** A required request body became optional. */
const rule: Rule<BodyPair> = {
  id: "request-body-became-optional",
  level: "info",
  summary: "A required request body became optional.",
  example: "requestBody.required: true \u2192 false",
  check(pair, report) {
    if (pair.base !== undefined && pair.revision !== undefined && pair.base.required && !pair.revision.required) report("request body became optional");
  },
};

export default rule;
