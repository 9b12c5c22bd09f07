import type { SchemaPair, Rule } from "../types.js";

/** A response value may now be null: callers must handle it. */
const rule: Rule<SchemaPair> = {
  id: "response-became-nullable",
  level: "breaking",
  summary: "A response value may now be null: callers must handle it.",
  example: "200 body `owner`: User \u2192 User | null",
  check(pair, report) {
    if (pair.direction !== "response") return;
    if (!pair.base.nullable && pair.revision.nullable) report("may now be null");
  },
};

export default rule;
