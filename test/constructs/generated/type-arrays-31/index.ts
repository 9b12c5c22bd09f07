// Generated from test/fixtures/constructs/type-arrays-31.yaml (sha256 323c240137ce55baeb9778fe5d69355db655a7656a7d4ff3af391f18c4b973d9) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
