// Generated from test/fixtures/constructs/out-of-components-refs.yaml (sha256 29db97c6936cf817122ee62c0b5f0ea089ded4517cf78bf10a1bc4bd3ff2fced) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
