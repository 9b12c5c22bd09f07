import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest (each spawns the CLI, tsc or Prism many times), slowest first, as
 * measured by `vitest run --reporter=json` with their beforeAll hooks counted.
 */
const SLOWEST_FIRST = [
  "test/build.test.ts",
  "test/tolerance/cli.test.ts",
  "test/spec-diff/cli.test.ts",
  "test/cli/generate.test.ts",
  "test/realworld/openapi31.test.ts",
  "test/realworld/no-ids-no-tags.test.ts",
  "test/spec-diff/git-base.test.ts",
  "test/generator/generate.test.ts",
  "test/realworld/github.test.ts",
  "test/typecheck.test.ts",
];

/**
 * Vitest orders files by their last run's duration, kept in node_modules/.vite; on a clean clone
 * (CI) there is none, and it runs the largest files first. Some of the slowest files are small
 * (test/typecheck.test.ts is 11 lines and one tsc run of half a minute): they came last, while
 * the other worker had nothing left to do. These go first; the rest keep Vitest's order.
 */
class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = SLOWEST_FIRST.findIndex((slow) => file.moduleId.endsWith(`/${slow}`));
      return index === -1 ? SLOWEST_FIRST.length : index;
    };
    // Array.prototype.sort is stable: files with the same rank stay in Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Type-level tests: test/**/*.test-d.ts are checked by tsc, not run.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.typetests.json" },
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine, so every file
    // would wait for the one before. Most files wait on servers, timers and child processes
    // rather than compute, so two overlap well there.
    maxWorkers: 2,
    // Test files share their worker's module cache instead of each importing the pipeline, the
    // runtime and vitest afresh: on two cores that took over a minute of the run. No test relies
    // on a fresh module graph: each starts its own servers and temp folders and undoes its globals.
    isolate: false,
    sequence: { sequencer: SlowestFirstSequencer },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
