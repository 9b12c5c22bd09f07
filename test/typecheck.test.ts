import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/cli.js";

// Strict tsc over everything: src/, generated/, scripts/, the tests and the reviewed golden
// output in test/golden/ (generated code must compile, not just look right).
it("type-checks the whole project, golden files included", async () => {
  const tsc = resolve(REPO_ROOT, "node_modules/typescript/bin/tsc");
  const result = await new Promise<{ code: number; output: string }>((done) => {
    execFile(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: REPO_ROOT }, (error, stdout, stderr) => {
      done({ code: error ? 1 : 0, output: stdout + stderr });
    });
  });
  expect(result.output).toBe("");
  expect(result.code).toBe(0);
}, 120_000);
