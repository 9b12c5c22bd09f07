import type { BodyPair, Rule } from "../types.js";

/** A request media type removed: callers sending it are refused. */
const rule: Rule<BodyPair> = {
  id: "request-media-type-removed",
  level: "breaking",
  summary: "A request media type removed: callers sending it are refused.",
  example: "content: [application/json, application/xml] \u2192 [application/json]",
  check(pair, report) {
    if (pair.base === undefined || pair.revision === undefined) return;
    const after = new Set(pair.revision.mediaTypes);
    for (const mediaType of pair.base.mediaTypes) if (!after.has(mediaType)) report(`request media type ${mediaType} removed`);
  },
};

export default rule;
