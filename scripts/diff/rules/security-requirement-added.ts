import type { OperationPair, Rule } from "../types.js";

/** A security requirement the operation did not have: callers without those credentials are refused. */
const rule: Rule<OperationPair> = {
  id: "security-requirement-added",
  level: "warning",
  summary: "A security requirement the operation did not have: callers without those credentials are refused.",
  example: "security: [] \u2192 security: [{ apiKey: [] }]",
  check(pair, report) {
    if (pair.base === undefined || pair.revision === undefined) return;
    const alternatives = (security: unknown) =>
      new Set((Array.isArray(security) ? security : []).map((requirement) => Object.keys(Object(requirement)).sort().join(" + ") || "(none)"));
    const before = alternatives(pair.base.security);
    const added = [...alternatives(pair.revision.security)].filter((alternative) => !before.has(alternative));
    if (added.length > 0) report(`security requirement added: ${added.join(", or ")}`);
  },
};

export default rule;
