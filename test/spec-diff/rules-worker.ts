// Runs diffs off the test's thread, so that a walk that never ends can be stopped (see rules.test.ts).
import { parentPort, workerData } from "node:worker_threads";
import { diffFiles } from "../../scripts/diff/diff-specs.js";

const { pairs, cwd } = workerData as { pairs: [string, string][]; cwd: string };
const results = [];
for (const [base, revision] of pairs) {
  const started = performance.now();
  const report = await diffFiles(base, revision, cwd);
  results.push({ report, milliseconds: performance.now() - started });
}
parentPort?.postMessage(results);
