// Generated from test/fixtures/constructs/response-headers.yaml (sha256 0bf82aee61b9c7e586844332f3eb5c1ece04cd17adb4fdff3e1ebfac68bd9dab) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
