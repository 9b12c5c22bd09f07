import type { SchemaPair, Rule } from "../types.js";

/** A oneOf/anyOf member no longer returned. */
const rule: Rule<SchemaPair> = {
  id: "response-oneof-member-removed",
  level: "info",
  summary: "A oneOf/anyOf member no longer returned.",
  example: "200 body: oneOf [Cat, Dog] \u2192 [Cat]",
  check(pair, report) {
    if (pair.direction !== "response") return;
    const variants = pair.revision.variants;
    if (variants === undefined || pair.base.variants === undefined) return;
    const after = new Set(variants.members.map((member) => member.key));
    for (const member of pair.base.variants.members)
      if (!after.has(member.key)) report(`${variants.keyword} member ${member.key.replace(/^\$ref:|^title:/, "")} removed`, pair.base.pointer);
  },
};

export default rule;
