// What happened to one document, for us and for openapi-typescript: the run fills these in,
// the report reads them.
import type { CorpusDocument } from "./directory.js";

export type Outcome =
  /** Generated, no warnings, strict type-check clean with the pragma removed. */
  | "clean"
  /** As clean, with warnings from the generator. */
  | "with warnings"
  /** The generator refused the document (a SpecError: it names the reason). */
  | "refused"
  /** Generation threw something else, or was stopped by the time or memory guard. */
  | "generation failed"
  /** Generated, but the strict type-check reports errors. */
  | "type errors"
  /** Generated, but the type-check was stopped by the time or memory guard. */
  | "check failed";

export const OUTCOMES: readonly Outcome[] = ["clean", "with warnings", "refused", "generation failed", "type errors", "check failed"];

export interface ToolRecord {
  outcome: Outcome;
  /** Generation time in the worker, ms (openapi-typescript: openapiTS + astToString). */
  generateMs: number;
  /** Bytes of generated TypeScript. */
  outputBytes: number;
  /** Refusal reasons, the failure, or the type errors (formatted `file:line:col TSxxxx message`). */
  details: string[];
  warnings: string[];
}

export interface DocumentRecord {
  document: CorpusDocument;
  ours: ToolRecord;
  ots: ToolRecord;
}

/** One of the largest documents, generated again in a fresh process for its wall time and peak RSS. */
export interface LargeRun {
  document: CorpusDocument;
  ours: { wallMs: number; maxRssKb: number | undefined; ok: boolean };
  ots: { wallMs: number; maxRssKb: number | undefined; ok: boolean };
}
