import type { ResponsesPair, Rule } from "../types.js";

/** A response media type added. */
const rule: Rule<ResponsesPair> = {
  id: "response-media-type-added",
  level: "info",
  summary: "A response media type added.",
  example: "200 content: [application/json] \u2192 [application/json, text/csv]",
  check(pair, report) {
    for (const [status, after] of pair.revision.statuses) {
      const before = pair.base.statuses.get(status);
      if (before === undefined) continue;
      const had = Object.keys(Object(before.node.content));
      for (const mediaType of Object.keys(Object(after.node.content))) {
        if (!had.includes(mediaType)) report(`response ${status} media type ${mediaType} added`, after.pointer);
      }
    }
  },
};

export default rule;
