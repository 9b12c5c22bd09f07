import type { SchemaPair, Rule } from "../types.js";

/** A oneOf/anyOf member added to a response: callers meet a shape they do not handle. */
const rule: Rule<SchemaPair> = {
  id: "response-oneof-member-added",
  level: "breaking",
  summary: "A oneOf/anyOf member added to a response: callers meet a shape they do not handle.",
  example: "200 body: oneOf [Cat] \u2192 [Cat, Dog]",
  check(pair, report) {
    if (pair.direction !== "response") return;
    const variants = pair.revision.variants;
    if (variants === undefined || pair.base.variants === undefined) return;
    const before = new Set(pair.base.variants.members.map((member) => member.key));
    for (const member of variants.members) if (!before.has(member.key)) report(`${variants.keyword} member ${member.key.replace(/^\$ref:|^title:/, "")} added`);
  },
};

export default rule;
