// Generated from test/fixtures/constructs/additional-properties.yaml (sha256 656f3ab2b7777238a820d7a21026a7433703f8dc993120b362e1eb8db3ab3546) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
