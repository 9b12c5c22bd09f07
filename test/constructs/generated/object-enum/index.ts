// Generated from test/fixtures/constructs/object-enum.yaml (sha256 b4dc4294c39bad1828d10f50958438e10aeb7c4c223579434b941305732babb7) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
