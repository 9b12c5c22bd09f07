// Generated from test/fixtures/constructs/item-schema.yaml (sha256 ee2f351955014811ef2dbbab67657329e3cda165baa8d2d210211f6c1b36b654) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
