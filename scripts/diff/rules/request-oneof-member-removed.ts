import type { SchemaPair, Rule } from "../types.js";

/** A oneOf/anyOf member removed from a request schema: callers sending that shape are refused. */
const rule: Rule<SchemaPair> = {
  id: "request-oneof-member-removed",
  level: "breaking",
  summary: "A oneOf/anyOf member removed from a request schema: callers sending that shape are refused.",
  example: "oneOf: [Cat, Dog] \u2192 [Cat]",
  check(pair, report) {
    if (pair.direction !== "request") return;
    const before = pair.base.variants?.members ?? [];
    const after = new Set((pair.revision.variants?.members ?? []).map((member) => member.key));
    if (pair.revision.variants === undefined) return;
    for (const member of before)
      if (!after.has(member.key)) report(`${pair.revision.variants.keyword} member ${member.key.replace(/^\$ref:|^title:/, "")} removed`, pair.base.pointer);
  },
};

export default rule;
