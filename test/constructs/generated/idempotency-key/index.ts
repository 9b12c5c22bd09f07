// Generated from test/fixtures/constructs/idempotency-key.yaml (sha256 c3d8901dec03e4ec3fdd6c965fb49000573aa7bbad56a3498e5d1a68bf8f0b04) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
