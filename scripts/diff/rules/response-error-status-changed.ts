import type { ResponsesPair, Rule } from "../types.js";

/** A non-2xx response status added or removed. */
const rule: Rule<ResponsesPair> = {
  id: "response-error-status-changed",
  level: "info",
  summary: "A non-2xx response status added or removed.",
  example: "responses: [200, 404] \u2192 [200, 404, 409]",
  check(pair, report) {
    for (const [status, response] of pair.revision.statuses) {
      if (!/^2/.test(status) && !pair.base.statuses.has(status)) report(`response ${status} added`, response.pointer);
    }
    for (const [status, response] of pair.base.statuses) {
      if (!/^2/.test(status) && !pair.revision.statuses.has(status)) report(`response ${status} removed`, response.pointer);
    }
  },
};

export default rule;
