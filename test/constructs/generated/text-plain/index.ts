// Generated from test/fixtures/constructs/text-plain.yaml (sha256 276dfdf8d3be6fd6c686998fcf59d1f1fc7ed928b114353a548012a0d75bef11) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
