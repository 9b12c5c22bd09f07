/**
 * JSON pointers (RFC 6901) into a document. Two spellings meet here: a `$ref` is a URI fragment,
 * so its segments may be percent-encoded (`fromPointer`); pointers we and Redocly build are not
 * (`pointerSegments`), and a key `50%` only survives being read that way.
 */

/** One segment, escaped: `~` → `~0`, `/` → `~1`. */
export function escapePointerSegment(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** RFC 6901 pointer from path segments, as a URI fragment. */
export function toPointer(segments: readonly (string | number)[]): string {
  return `#${segments.map((segment) => `/${escapePointerSegment(String(segment))}`).join("")}`;
}

/** Path segments of a `$ref`-style pointer (with or without the leading `#`), percent-decoded; throws on broken percent-encoding. */
export function fromPointer(pointer: string): string[] {
  const body = fragment(pointer);
  return body === ""
    ? []
    : body
        .slice(1)
        .split("/")
        .map((segment) => unescapeSegment(decodeURIComponent(segment)));
}

/** As fromPointer, or undefined when the pointer's percent-encoding is broken (it then names nothing). */
export function tryFromPointer(pointer: string): string[] | undefined {
  try {
    return fromPointer(pointer);
  } catch {
    return undefined;
  }
}

/** Segments of a pointer as toPointer and Redocly write them: `~1` and `~0` escaped, nothing percent-encoded. */
export function pointerSegments(pointer: string): string[] {
  const body = fragment(pointer);
  // Redocly writes the root as `#/`.
  return body === "" || body === "/" ? [] : body.slice(1).split("/").map(unescapeSegment);
}

function fragment(pointer: string): string {
  return pointer.startsWith("#") ? pointer.slice(1) : pointer;
}

function unescapeSegment(segment: string): string {
  return segment.replaceAll("~1", "/").replaceAll("~0", "~");
}
