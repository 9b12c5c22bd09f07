// Generated from test/fixtures/constructs/multiple-success.yaml (sha256 63a2b28fd5dde1b3cad48c1eda874c4796864b3eb48cdf47d93ff3c600fc3c1d) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
