// Generated from test/fixtures/constructs/security-oauth2.yaml (sha256 cb37b95aee9843fe5cea5624f578a7bdde0993c5fd72029e0007fc0b83cd0bbc) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
