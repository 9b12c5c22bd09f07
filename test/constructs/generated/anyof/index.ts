// Generated from test/fixtures/constructs/anyof.yaml (sha256 10b11ced04d88c239a1ac6cddf8fc7838cd69d4b81c94bbe382588d4af7fc46d) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
