// Generated from test/fixtures/features.yaml (sha256 a1d0bc2c36485ceab858e291f07033bdfe5c9f0d5bc8f363475608861b1202d1) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
