// Generated from test/fixtures/constructs/security-basic.yaml (sha256 59d356fb5955e7fd9b4aae0be8a94275c0bfbe0450cab560d9092a21a4cbb966) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
