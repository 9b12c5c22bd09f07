// Generated from test/fixtures/constructs/out-of-components-refs.yaml (sha256 9bd95262d3d421e04effcb54cd4e4adf1ff47dba0e8d4caf0ad234c3160e3385) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
