import type { ResponsesPair, Rule } from "../types.js";

/** A success (2xx) response status removed: callers handling it never get it. */
const rule: Rule<ResponsesPair> = {
  id: "response-success-status-removed",
  level: "breaking",
  summary: "A success (2xx) response status removed: callers handling it never get it.",
  example: "responses: [200, 201] \u2192 [201]",
  check(pair, report) {
    for (const [status, response] of pair.base.statuses) {
      if (/^2/.test(status) && !pair.revision.statuses.has(status)) report(`success response ${status} removed`, response.pointer);
    }
  },
};

export default rule;
