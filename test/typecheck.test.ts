import { expect, it } from "vitest";
import { runScript } from "./helpers/cli.js";

// Strict check of everything: src/, generated/, scripts/, the tests and the reviewed golden
// output in test/golden/ (generated code must compile, not just look right). Generated files
// carry `// @ts-nocheck` for consumers' sake; scripts/typecheck.ts checks them anyway.
it("type-checks the whole project, generated and golden files included", async () => {
  // Half a minute on an idle machine; the child gets as long as the test before it is killed.
  const result = await runScript("scripts/typecheck.ts", ["-p", "tsconfig.json"], undefined, 120_000);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
}, 120_000);
