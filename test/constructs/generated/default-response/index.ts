// Generated from test/fixtures/constructs/default-response.yaml (sha256 8221e31ad512e0753c73522479f01694e07a87b515f5c958d413927319653184) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
