// Generated from test/fixtures/constructs/read-write-only.yaml (sha256 99d22c09faeea8f4d2fca827d34f8fcb5efd2538ce04040db08c466e770e7be3) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
