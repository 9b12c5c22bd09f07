import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { renderRulesDoc, RULES_DOC } from "../../scripts/diff/rules-doc.js";
import { ALL_RULES } from "../../scripts/diff/rules/index.js";

it("docs/spec-diff-rules.md lists every rule as its module defines it (regenerate: node --import tsx scripts/diff/rules-doc.ts)", async () => {
  const doc = await readFile(RULES_DOC, "utf8");
  expect(doc).toBe(renderRulesDoc());
  for (const rule of ALL_RULES) expect(doc).toContain(`| \`${rule.id}\` | ${rule.level} |`);
});

it("rule ids are unique and kebab-case", () => {
  const ids = ALL_RULES.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
});
