// Generated from test/fixtures/constructs/reserved-words.yaml (sha256 968fefc527094ec5dfcdb0556165094406f9e82d767d686879793744d8eaa1cb) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
