// openapi-typescript on the same document, as its CLI runs it with default options
// (`npx openapi-typescript spec.json -o schema.ts`): openapiTS (parse, lint, bundle, transform)
// then astToString. Its output has no pragma, so it is checked as it is.
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

export type OtsResult = { outcome: "generated"; content: string } | { outcome: "refused"; reasons: string[] };

export async function runOpenapiTypescript(specPath: string): Promise<OtsResult> {
  try {
    const ast = await openapiTS(pathToFileURL(specPath), { silent: true });
    return { outcome: "generated", content: astToString(ast) };
  } catch (error) {
    // openapi-typescript throws on what it refuses (lint errors, bad refs) and on its own bugs alike.
    return { outcome: "refused", reasons: [error instanceof Error ? (error.message.split("\n")[0] ?? error.name) : String(error)] };
  }
}
