// Generated from test/fixtures/constructs/security-apikey-cookie.yaml (sha256 1f9a84a4af5645b4a226cdefcb66eb7ac35762f642c3964ddf85bc27a569e288) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
