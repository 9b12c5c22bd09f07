// Generated from test/fixtures/constructs/const.yaml (sha256 435fee066f88e6482f0285943b8a7a56efca45038a487a5c9ab936016fb2dcc0) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
