// Generated from test/fixtures/constructs/pages.yaml (sha256 21cea32abbccdb8484932a2c8960f0ed37f44e3ea4a231acc9c66b29df338f1b) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
