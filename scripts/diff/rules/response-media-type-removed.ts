import type { ResponsesPair, Rule } from "../types.js";

/** A response media type removed: callers asking for it no longer get it. */
const rule: Rule<ResponsesPair> = {
  id: "response-media-type-removed",
  level: "breaking",
  summary: "A response media type removed: callers asking for it no longer get it.",
  example: "200 content: [application/json, text/csv] \u2192 [application/json]",
  check(pair, report) {
    for (const [status, after] of pair.revision.statuses) {
      const before = pair.base.statuses.get(status);
      if (before === undefined) continue;
      const kept = Object.keys(Object(after.node.content));
      for (const mediaType of Object.keys(Object(before.node.content))) {
        if (!kept.includes(mediaType)) report(`response ${status} media type ${mediaType} removed`, after.pointer);
      }
    }
  },
};

export default rule;
