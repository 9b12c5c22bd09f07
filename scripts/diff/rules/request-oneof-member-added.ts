import type { SchemaPair, Rule } from "../types.js";

/** A oneOf/anyOf member added to a request schema. */
const rule: Rule<SchemaPair> = {
  id: "request-oneof-member-added",
  level: "info",
  summary: "A oneOf/anyOf member added to a request schema.",
  example: "oneOf: [Cat] \u2192 [Cat, Dog]",
  check(pair, report) {
    if (pair.direction !== "request") return;
    const variants = pair.revision.variants;
    if (variants === undefined || pair.base.variants === undefined) return;
    const before = new Set(pair.base.variants.members.map((member) => member.key));
    for (const member of variants.members) if (!before.has(member.key)) report(`${variants.keyword} member ${member.key.replace(/^\$ref:|^title:/, "")} added`);
  },
};

export default rule;
