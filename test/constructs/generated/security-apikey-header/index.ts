// Generated from test/fixtures/constructs/security-apikey-header.yaml (sha256 10178d8666455aaaa1b1dc857e6e8ef8f34912169829b589864bcb6b5ea0a646) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
