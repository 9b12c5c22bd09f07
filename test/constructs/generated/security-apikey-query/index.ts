// Generated from test/fixtures/constructs/security-apikey-query.yaml (sha256 299c89dd1d6ded632dbab5fd0df3cfd9b75bee111d47087afc97e20ccd27855f) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
