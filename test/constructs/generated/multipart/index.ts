// Generated from test/fixtures/constructs/multipart.yaml (sha256 815009a6071336b78e15b35ab7d48931fb0c028f18aee99242d4eb1e51a70091) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
