// Generated from test/fixtures/constructs/discriminator-inherited.yaml (sha256 94e044a7d589959bd99f7251e5274a9a36c10db4b80fd6b1f1996b567e94bd70) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
