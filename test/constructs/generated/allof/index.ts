// Generated from test/fixtures/constructs/allof.yaml (sha256 399ade86251341ce2fa32c395ff6c02ccc04092443ede1a1461b65915b2382e2) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
