// Generated from test/fixtures/constructs/enums.yaml (sha256 5d82969d1e7faa16b5b6c21c524fb8cf2231e53f9c2e08fd83c9693c738d6848) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
