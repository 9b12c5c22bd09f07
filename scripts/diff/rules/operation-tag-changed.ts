import type { OperationPair, Rule } from "../types.js";

/** An operation's first tag changed: the generated SDK method moves to another resource. */
const rule: Rule<OperationPair> = {
  id: "operation-tag-changed",
  level: "breaking",
  summary: "An operation's first tag changed: the generated SDK method moves to another resource.",
  example: "tags: [pets] \u2192 tags: [animals]",
  check(pair, report) {
    if (pair.base === undefined || pair.revision === undefined) return;
    const first = (tags: unknown) => (Array.isArray(tags) ? tags[0] : undefined);
    const before = first(pair.base.operation.tags);
    const after = first(pair.revision.operation.tags);
    if (before !== after) report(`tag changed from ${String(before)} to ${String(after)}: the SDK method moves to another resource`);
  },
};

export default rule;
