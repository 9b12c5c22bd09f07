// Generated from test/fixtures/constructs/property-names.yaml (sha256 dc35d759a742138f6bff2490806ee8a161ac63b4c295c3ca97de27a5f799a045) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
