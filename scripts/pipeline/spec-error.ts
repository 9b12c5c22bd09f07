// Pointers live with the rest of the document access; re-exported for the issues built with them.
export { fromPointer, toPointer } from "../document/pointer.js";

/** One problem found in a spec, located by JSON pointer and (when known) line. */
export interface SpecIssue {
  /** The spec file, relative to the working directory. */
  file: string;
  /** 1-based line in the file, when the pointer could be located. */
  line?: number;
  /** 1-based column of that line where the node at fault starts. */
  column?: number;
  /** JSON pointer (RFC 6901) into the document, e.g. `#/paths/~1members/put`. */
  pointer: string;
  message: string;
}

/**
 * A spec the generator cannot accept: the user's error, reported as one line per issue
 * (`specs/modbox.yaml:42 #/paths/~1members/put: message`), never as a stack trace.
 */
export class SpecError extends Error {
  override name = "SpecError";
  readonly issues: readonly SpecIssue[];

  constructor(issues: readonly SpecIssue[]) {
    super(issues.map(formatIssue).join("\n"));
    this.issues = issues;
  }
}

export function formatIssue(issue: SpecIssue): string {
  const place = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return `${place} ${issue.pointer}: ${issue.message}`;
}
