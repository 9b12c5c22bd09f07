import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Type-level tests: test/**/*.test-d.ts are checked by tsc, not run.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.typetests.json" },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
