// Generated from test/fixtures/constructs/parameter-styles.yaml (sha256 f7fb84ab11485a9db85f2968e65836e9c736c5063597975e2eab74f910058e39) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
