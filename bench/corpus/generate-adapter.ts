// The corpus's only contact with the pipeline: one function, so that a change to
// generateClient's signature (files and model, warnings) is adapted here and nowhere else.
import { join } from "node:path";
import { runtimeImportFor } from "../../scripts/clients.js";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import { SpecError } from "../../scripts/pipeline/spec-error.js";
import { REPO } from "../lib/env.js";

export interface SourceFile {
  path: string;
  content: string;
}

export type Generated =
  | { outcome: "generated"; files: SourceFile[]; warnings: string[] }
  /** The generator said no, with its reasons (a SpecError: the user's spec, not our bug). */
  | { outcome: "refused"; reasons: string[] }
  /** Anything else thrown: a bug of ours or of a dependency. */
  | { outcome: "crashed"; reasons: string[] };

/**
 * Every generated client is checked as if it lived in `CLIENT_DIR/<n>/` (it is never written
 * there): one depth for all, so one runtime import serves them all. Outside the corpus install,
 * whose package.json (no `"type": "module"`) would make the clients CommonJS.
 */
export const CLIENT_DIR = join(REPO, "bench", ".cache", "corpus-check", "ours");

/** The client for `specPath` (absolute), as `npm run generate` would write it, in memory. */
export async function generateForCorpus(specPath: string): Promise<Generated> {
  const output = join(CLIENT_DIR, "0");
  try {
    const runtimeImport = await runtimeImportFor(REPO, output);
    const { files, warnings } = await generateClient({ name: "CorpusClient", spec: specPath, output }, { cwd: REPO, runtimeImport });
    return { outcome: "generated", files, warnings: warnings.map((warning) => `${warning.pointer}: ${warning.message}`) };
  } catch (error) {
    if (error instanceof SpecError) return { outcome: "refused", reasons: error.issues.map((issue) => `${issue.pointer}: ${issue.message}`) };
    return { outcome: "crashed", reasons: [error instanceof Error ? `${error.name}: ${error.message}` : String(error)] };
  }
}
