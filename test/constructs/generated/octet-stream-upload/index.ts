// Generated from test/fixtures/constructs/octet-stream-upload.yaml (sha256 e9b941478d94295d2cca8e3611cd6bfb90ad2aa4e2061e72196ded1297b3821f) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
