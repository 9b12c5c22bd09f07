import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";

// The pull-request workflows run on GitHub, not here: this checks that what they call exists,
// that they do what the README promises, and that the stage with write permission runs nothing
// from the pull request (issue 14: forks get the comment through a second, trusted workflow).

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, { types?: string[]; paths?: string[]; workflows?: string[] }>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const readWorkflow = async (file: string) => parse(await readFile(join(REPO_ROOT, ".github/workflows", file), "utf8")) as Workflow;
const [report, comment] = await Promise.all([readWorkflow("spec-diff.yml"), readWorkflow("spec-diff-comment.yml")]);

/** A GitHub Actions expression as the workflow file writes it: `${{ runner.temp }}`. */
const expression = (inner: string) => `\${{ ${inner} }}`;

/** Each job's permissions as GitHub applies them: the job's own, else the workflow's. */
const permissionsOf = (workflow: Workflow, job: Job) => job.permissions ?? workflow.permissions;

it("spec-diff.yml checks generated/, diffs against the base branch, gates on the breaking-change label", async () => {
  const workflow = report;
  const scripts = JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
  expect(workflow.on.pull_request?.paths).toEqual(["specs/**"]);
  expect(workflow.on.pull_request?.types).toEqual(expect.arrayContaining(["labeled", "unlabeled", "synchronize"]));
  const steps = workflow.jobs["spec-diff"]?.steps ?? [];
  const runs = steps.map((step) => step.run ?? "").join("\n");
  expect(runs).toContain("npm ci");
  expect(runs).toContain("npm run generate -- --check");
  expect(runs).toMatch(/npm run -s spec:diff -- --base "\$BASE" --format markdown/);
  expect(scripts["spec:diff"]).toBeDefined();
  expect(scripts.generate).toBeDefined();
  expect(steps.some((step) => step.if?.includes("breaking-change") && step.run?.includes("exit 1"))).toBe(true);
});

describe("spec-diff.yml, stage 1: runs the pull request's code, with a token that only reads", () => {
  it("is triggered by pull_request (never pull_request_target), and no permission it has writes", () => {
    expect(Object.keys(report.on)).toEqual(["pull_request"]);
    expect(report.permissions).toEqual({ contents: "read" });
    for (const job of Object.values(report.jobs)) {
      for (const level of Object.values(permissionsOf(report, job) ?? { all: "write" })) expect(level).not.toBe("write");
    }
  });

  it("diffs once, writing the comment, the full report, the JSON and the job summary from that one run", () => {
    const runs = report.jobs["spec-diff"]?.steps.flatMap((step) => (step.run ? [step.run] : [])) ?? [];
    const diffs = runs.join("\n").match(/npm run -s spec:diff\b/g) ?? [];
    expect(diffs).toHaveLength(1);
    const diff = runs.find((run) => run.includes("spec:diff")) ?? "";
    expect(diff).toContain("> spec-diff/comment.md");
    expect(diff).toContain("--out-markdown-full spec-diff/full.md");
    expect(diff).toContain("--out-json spec-diff/report.json");
    expect(diff).toContain('--out-job-summary "$GITHUB_STEP_SUMMARY"');
    expect(diff).toContain("> spec-diff/pr-number");
  });

  it("uploads the report as the artifact stage 2 downloads, before the label check can fail the job", () => {
    const steps = report.jobs["spec-diff"]?.steps ?? [];
    const upload = steps.findIndex((step) => step.uses?.startsWith("actions/upload-artifact@"));
    const gate = steps.findIndex((step) => step.if?.includes("breaking-change"));
    expect(upload).toBeGreaterThan(-1);
    expect(upload).toBeLessThan(gate);
    expect(steps[upload]?.with).toMatchObject({ name: "spec-diff", path: "spec-diff/" });
    const download = comment.jobs.comment?.steps.find((step) => step.uses?.startsWith("actions/download-artifact@"));
    expect(download?.with?.name).toBe(steps[upload]?.with?.name);
  });
});

describe("spec-diff-comment.yml, stage 2: posts with write permission and runs nothing from the pull request", () => {
  const job = comment.jobs.comment as Job;

  it("is triggered only by stage 1 completing, named as stage 1 names itself", () => {
    expect(Object.keys(comment.on)).toEqual(["workflow_run"]);
    expect(comment.on.workflow_run).toEqual({ workflows: [report.name], types: ["completed"] });
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
  });

  it("has only the permissions it needs: read the other run's artifact, write the comment", () => {
    expect(Object.keys(comment.jobs)).toEqual(["comment"]);
    expect(comment.permissions).toEqual({});
    expect(permissionsOf(comment, job)).toEqual({ actions: "read", "pull-requests": "write" });
  });

  it("never checks out, installs or runs the repository's code", () => {
    for (const step of job.steps) {
      expect(step.uses ?? "", step.name).not.toMatch(/^actions\/checkout@/);
      // Only GitHub's own actions, each a pinned major version, and no shell step at all.
      expect(step.uses, step.name).toMatch(/^actions\/(github-script|download-artifact)@v\d+$/);
      expect(step.run, step.name).toBeUndefined();
      const script = String(step.with?.script ?? "");
      expect(script, step.name).not.toMatch(/\b(npm|npx|yarn|pnpm|child_process|execSync|spawn|GITHUB_WORKSPACE)\b/);
      for (const [, module] of script.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)) expect(module, step.name).toMatch(/^node:/);
    }
  });

  it("downloads the artifact of the run that triggered it, into the runner's temporary folder", () => {
    const download = job.steps.find((step) => step.uses?.startsWith("actions/download-artifact@"));
    expect(download?.with).toMatchObject({ "run-id": expression("github.event.workflow_run.id"), path: `${expression("runner.temp")}/spec-diff` });
  });

  it("treats the artifact as data: a checked pull-request number, a capped body, one comment found by its marker", () => {
    const post = job.steps.find((step) => String(step.with?.script ?? "").includes("createComment"));
    const script = String(post?.with?.script ?? "");
    expect(script).toContain("/^[1-9][0-9]{0,9}$/.test(number)");
    expect(script).toContain("COMMENT_LIMIT = 65536");
    expect(script).toContain("body.length > COMMENT_LIMIT");
    expect(script).toContain("pull.head.sha !== run.head_sha");
    expect(script).toContain('const MARKER = "<!-- spec-diff -->"');
    expect(script).toContain("updateComment");
  });
});
