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

/** RFC 6901 pointer from path segments, as a URI fragment. */
export function toPointer(segments: readonly (string | number)[]): string {
  return `#${segments.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("")}`;
}

/** Path segments of an RFC 6901 pointer (with or without the leading `#`). */
export function fromPointer(pointer: string): string[] {
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (body === "") return [];
  return body
    .slice(1)
    .split("/")
    .map((segment) => decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~"));
}
