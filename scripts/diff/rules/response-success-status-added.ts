import type { ResponsesPair, Rule } from "../types.js";

/** A success (2xx) response status added. */
const rule: Rule<ResponsesPair> = {
  id: "response-success-status-added",
  level: "info",
  summary: "A success (2xx) response status added.",
  example: "responses: [200] \u2192 [200, 202]",
  check(pair, report) {
    for (const [status, response] of pair.revision.statuses) {
      if (/^2/.test(status) && !pair.base.statuses.has(status)) report(`success response ${status} added`, response.pointer);
    }
  },
};

export default rule;
