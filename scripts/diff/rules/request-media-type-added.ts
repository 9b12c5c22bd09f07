import type { BodyPair, Rule } from "../types.js";

/** A request media type added. */
const rule: Rule<BodyPair> = {
  id: "request-media-type-added",
  level: "info",
  summary: "A request media type added.",
  example: "content: [application/json] \u2192 [application/json, multipart/form-data]",
  check(pair, report) {
    if (pair.base === undefined || pair.revision === undefined) return;
    const before = new Set(pair.base.mediaTypes);
    for (const mediaType of pair.revision.mediaTypes) if (!before.has(mediaType)) report(`request media type ${mediaType} added`);
  },
};

export default rule;
