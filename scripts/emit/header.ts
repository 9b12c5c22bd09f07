/** The first lines of every generated file. */
import { visibleText } from "./escape.js";

/**
 * Keeps a consumer's compiler from re-checking generated code on every build (as
 * `skipLibCheck` does for .d.ts files): types are still resolved, only where the consumer uses
 * them. On GitHub's spec a one-call consumer then creates 1.9k types instead of 43k. The
 * generator's own tests check generated code strictly (scripts/typecheck.ts blanks this line).
 */
export const GENERATED_NOCHECK = "// @ts-nocheck -- generated code: type-checked by the generator's tests, skipped by yours to keep builds fast";

/** The whole pragma line, whatever text follows the marker. */
export const GENERATED_NOCHECK_LINE = /^\/\/ @ts-nocheck -- generated code\b.*$/m;

export function generatedHeader(specFile: string, hash: string): string {
  // A file name may hold a line break, which would end this line comment.
  const shown = visibleText(specFile).replace(/[\r\n]/g, (character) => (character === "\n" ? "\\n" : "\\r"));
  return `// Generated from ${shown} (sha256 ${hash}) by scripts/generate.ts. Do not edit.`;
}
