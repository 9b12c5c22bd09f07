// Generated from test/fixtures/constructs/form-urlencoded.yaml (sha256 15e565f1bd80dd69426dc51b69c942df0bcd096236064692ea4d16e696587ed8) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
