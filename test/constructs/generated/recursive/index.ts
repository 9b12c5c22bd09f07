// Generated from test/fixtures/constructs/recursive.yaml (sha256 dc15b474b69ac5f60bda1662f220c4490159726fc5875b89f7ba3d1171b07029) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
