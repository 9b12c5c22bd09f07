// Generated from test/fixtures/constructs/oneof.yaml (sha256 879ef87a14898dfddc75dfe4a390dd5a23749db91fcda04a163c66f9801d0a67) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
