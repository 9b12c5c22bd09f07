// Generated from test/fixtures/constructs/untagged.yaml (sha256 2ce48eaedad73f9ad6c8806bea1b232889861821abd8e82c83c01fe56834e4ca) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
