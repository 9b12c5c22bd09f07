// Generated from test/fixtures/constructs/name-collisions.yaml (sha256 1268bbb6dd49a4d41e28fc603847edc754e583845a1bb8ff6f3b1e7f0fae5ca1) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
