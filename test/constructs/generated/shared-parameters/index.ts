// Generated from test/fixtures/constructs/shared-parameters.yaml (sha256 0764248def54aa337eb4953e6711a1dde3a70893049e056759d52f5aee06eaa4) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
