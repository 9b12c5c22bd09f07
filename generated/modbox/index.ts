// Generated from specs/modbox.yaml (sha256 4fc0a3f3e20c620cca9e73bedd87e27772e8dfbac33c2682523ff9b5ac20ebc3) by scripts/generate.ts. Do not edit.
export * from "./client.js";
export type { components, paths } from "./schema.js";
