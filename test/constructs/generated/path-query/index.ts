// Generated from test/fixtures/constructs/path-query.yaml (sha256 69a7b05ebb9fb5a4f669573de554387e34a447253c4d8940f43d8421b5226db8) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
