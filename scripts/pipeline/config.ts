/** What the generator needs to know about one client beyond its spec. */
export interface ClientConfig {
  /** Class name of the generated client, e.g. `Modbox`. */
  name: string;
  /** Path of the OpenAPI document. */
  spec: string;
  /** Folder the generated files go to; replaced whole on each run. */
  output: string;
  /** Vendor tag → resource property users see, where the tag is not that name (e.g. `subpackage_workspaces` → `workspaces`). */
  tags?: Record<string, string>;
  /** Environment variable read for a credential option (`token`, `apiKey`, `username`, …) when it is not passed. */
  env?: Record<string, string>;
}
