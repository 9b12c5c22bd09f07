// Generated from test/fixtures/constructs/no-operation-id.yaml (sha256 4789fbbc9ab97aa7cf9622d6b1c8e4657a2a9292428e21635fb6ee8261f8fd31) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
