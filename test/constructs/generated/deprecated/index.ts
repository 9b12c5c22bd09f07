// Generated from test/fixtures/constructs/deprecated.yaml (sha256 bbae297fa4431198927a84f1223f448b18c2775911d85e47995eb21153b5dd62) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
