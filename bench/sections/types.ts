export interface SectionContext {
  runs: number;
  /** Untimed rounds before the measured ones (generation, type-check). */
  warmup: number;
  /** Calls per client per run (throughput). */
  calls: number;
  /** Measured spec edits (watch). */
  changes: number;
  /** Path of Node 22's binary (hey-api needs it). */
  node22: string;
  /** Generation outputs (bench/.cache/work/gen/<key>) produced during this invocation. */
  generated: Set<string>;
}

export interface SectionResult {
  markdown: string;
  /** Things that went wrong but did not stop the section (e.g. type errors in a measured output). */
  failures: string[];
}
