// Generated from test/fixtures/constructs/discriminator.yaml (sha256 5b1a146aa71160006572f2897c8ab31ab2caa06fbb1f63340a8263a246aa6776) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
