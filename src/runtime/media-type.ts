/**
 * What a media type means for the bytes on the wire. One module for the generator (which picks the
 * TypeScript type of a body) and the runtime (which encodes and parses it), so that the two never
 * disagree about what counts as JSON, text or a form.
 */

/**
 * `application/json` and every `+json` suffix (RFC 6839), parameters allowed. The subtype must end
 * at `json`: `application/json-seq` (RFC 7464) is a stream of records, not one JSON body.
 */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(mediaType);
}

export function isMultipartFormMediaType(mediaType: string): boolean {
  return /^multipart\/form-data\b/i.test(mediaType);
}

export function isUrlEncodedFormMediaType(mediaType: string): boolean {
  return /^application\/x-www-form-urlencoded\b/i.test(mediaType);
}

/** Text the runtime hands over as a string: text/*, XML, YAML, CSV, JavaScript. */
export function isTextMediaType(mediaType: string): boolean {
  return /^text\/|[/+](xml|yaml|x-yaml|csv|javascript)\b/i.test(mediaType);
}

/** How a streamed body is framed: server-sent events, NDJSON / JSON Lines, or RFC 7464 JSON text sequences. */
export type StreamFormat = "sse" | "ndjson" | "json-seq";

/** The framing of a media type that is a stream of events or records, or undefined for any other. */
export function streamFormatOfMediaType(mediaType: string): StreamFormat | undefined {
  switch (mediaType.split(";")[0]?.trim().toLowerCase()) {
    case "text/event-stream":
      return "sse";
    case "application/x-ndjson":
    case "application/jsonl":
    case "application/x-jsonlines":
      return "ndjson";
    case "application/json-seq":
      return "json-seq";
    default:
      return undefined;
  }
}
