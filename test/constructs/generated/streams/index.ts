// Generated from test/fixtures/constructs/streams.yaml (sha256 2403801cb0a0fd746edf1c6dfb2838069252907874855983e8cf7686582d441e) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
