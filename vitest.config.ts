import { defineConfig } from "vitest/config";

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
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
