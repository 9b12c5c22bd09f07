// Generated from test/fixtures/constructs/empty-204.yaml (sha256 6917bcf452c520695a710ec9e13e227814133291c9fd0fa8d1d7c2af82850412) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
