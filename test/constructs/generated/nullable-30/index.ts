// Generated from test/fixtures/constructs/nullable-30.yaml (sha256 9a3a2558edd3a1664bf67ce8e7be0e0c82dbb43321178225f1f167e6dcef8069) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
