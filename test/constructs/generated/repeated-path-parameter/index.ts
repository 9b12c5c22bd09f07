// Generated from test/fixtures/constructs/repeated-path-parameter.yaml (sha256 f0b5803e3fed7f37a1ca4bc8a42b3ae11dcebad7c5e010afd4d5912600f5ceeb) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
