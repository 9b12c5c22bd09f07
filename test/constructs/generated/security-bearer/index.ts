// Generated from test/fixtures/constructs/security-bearer.yaml (sha256 645dc504f1722e3291948b1576320c731e54afdc61d41a6492b12ac6749a5d02) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
