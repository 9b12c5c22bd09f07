// Generated from test/fixtures/constructs/recursive.yaml (sha256 05e1f44bd7fda28d394bdbae80c144ec0cd34bb803e28f7a2104ca390b9ca77e) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
