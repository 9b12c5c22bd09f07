// Generated from test/fixtures/constructs/security-all.yaml (sha256 a023cd6a8a712ec26fea2fd64670f1f94afd97476ac75860c831baae17c4e194) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
