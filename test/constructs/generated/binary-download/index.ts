// Generated from test/fixtures/constructs/binary-download.yaml (sha256 4ce08a461f05a6594ffa27dd95b25d3438b171ed17745018162e3514b2198cba) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
