// Generated from specs/aitronos.yaml (sha256 ddd5bdd934c9ca61a53aa92e845684b7a425cf9bb27ddf74d9c5cc1812da67ea) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
