// Generated from test/fixtures/constructs/path-query.yaml (sha256 1238d4d636b26abd3650cb8f026f0607d6dc461e1881a9a60af0aa535bc2dd22) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
