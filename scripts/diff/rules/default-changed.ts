import type { SchemaPair, Rule } from "../types.js";
import { show } from "./compare.js";

/** A default value changed. */
const rule: Rule<SchemaPair> = {
  id: "default-changed",
  level: "info",
  summary: "A default value changed.",
  example: "query `limit`: default 20 \u2192 default 50",
  check(pair, report) {
    const { base, revision } = pair;
    if (base.default !== undefined && revision.default !== undefined && JSON.stringify(base.default) !== JSON.stringify(revision.default)) {
      report(`default changed from ${show(base.default)} to ${show(revision.default)}`);
    }
  },
};

export default rule;
