import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";

// The pull-request workflow runs on GitHub, not here: this checks that what it calls exists and
// that it does what the README promises.
it("spec-diff.yml checks generated/, diffs against the base branch, comments once and gates on the breaking-change label", async () => {
  const workflow = parse(await readFile(join(REPO_ROOT, ".github/workflows/spec-diff.yml"), "utf8"));
  const scripts = JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
  expect(workflow.on.pull_request.paths).toEqual(["specs/**"]);
  expect(workflow.on.pull_request.types).toEqual(expect.arrayContaining(["labeled", "unlabeled", "synchronize"]));
  const steps = workflow.jobs["spec-diff"].steps as { run?: string; if?: string; with?: { script?: string } }[];
  const runs = steps.map((step) => step.run ?? "").join("\n");
  expect(runs).toContain("npm ci");
  expect(runs).toContain("npm run generate -- --check");
  expect(runs).toMatch(/npm run -s spec:diff -- --base "\$BASE" --format markdown/);
  expect(scripts["spec:diff"]).toBeDefined();
  expect(scripts.generate).toBeDefined();
  expect(steps.some((step) => step.with?.script?.includes("<!-- spec-diff -->") && step.with.script.includes("updateComment"))).toBe(true);
  expect(steps.some((step) => step.if?.includes("breaking-change") && step.run?.includes("exit 1"))).toBe(true);
});
