/**
 * The `Link` header of RFC 8288 §3, as GitHub, GitLab and others use it to point at the next
 * page: `<https://api.github.com/…&page=2>; rel="next", <…&page=5>; rel="last"`.
 */

/** One link-value. */
export interface Link {
  /** The target as written between `<` and `>`, not yet resolved against the response's URL. */
  uri: string;
  /** The relation types, lower-cased: `rel="next last"` is `["next", "last"]`. */
  rel: string[];
  /** Every parameter by lower-cased name, quotes and escapes removed; only the first of a repeated name counts (§3.3). */
  params: Record<string, string>;
}

/** `token` of RFC 9110 §5.6.2, matched at a position (sticky). */
const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]*/y;
const WHITESPACE = /[ \t]*/y;

/**
 * Every link in a `Link` header value, in order. Lenient like a browser: a link-value that does
 * not parse is skipped up to the next comma, and the rest are still read.
 */
export function parseLinkHeader(header: string): Link[] {
  const links: Link[] = [];
  let at = 0;
  while (at < header.length) {
    const char = header[at];
    if (char === "," || char === " " || char === "\t") {
      at++;
      continue;
    }
    const close = char === "<" ? header.indexOf(">", at) : -1;
    if (close === -1) {
      at = skipPast(header, at, ",");
      continue;
    }
    const uri = header.slice(at + 1, close).trim();
    const { params, end } = readParams(header, close + 1);
    at = end;
    links.push({ uri, rel: (params.rel ?? "").toLowerCase().split(/\s+/).filter(Boolean), params });
  }
  return links;
}

/** The target of the first link with relation `rel` (case-insensitive), e.g. `"next"`. */
export function findLink(header: string | null, rel: string): string | undefined {
  if (header === null) return undefined;
  const wanted = rel.toLowerCase();
  return parseLinkHeader(header).find((link) => link.rel.includes(wanted))?.uri;
}

/** `*( OWS ";" OWS link-param )` from `start`, up to the comma that ends the link-value (or the end). */
function readParams(header: string, start: number): { params: Record<string, string>; end: number } {
  const entries: [string, string][] = [];
  let at = skip(WHITESPACE, header, start);
  while (header[at] === ";") {
    at = skip(WHITESPACE, header, at + 1);
    const name = match(TOKEN, header, at);
    at = skip(WHITESPACE, header, at + name.length);
    let value = "";
    if (header[at] === "=") {
      at = skip(WHITESPACE, header, at + 1);
      if (header[at] === '"') {
        ({ value, end: at } = readQuoted(header, at));
      } else {
        value = match(TOKEN, header, at);
        at += value.length;
      }
      at = skip(WHITESPACE, header, at);
    }
    const key = name.toLowerCase();
    if (key !== "" && !entries.some(([seen]) => seen === key)) entries.push([key, value]);
  }
  // Anything else before the next comma is not a parameter: skip it rather than misread it.
  const end = header[at] === "," || at >= header.length ? at : skipPast(header, at, ",");
  // fromEntries defines own properties, so a parameter named `__proto__` stays a parameter.
  return { params: Object.fromEntries(entries), end };
}

/** A quoted-string (RFC 9110 §5.6.4) at `start`, which is its opening quote; a backslash escapes the next character. */
function readQuoted(header: string, start: number): { value: string; end: number } {
  let value = "";
  let at = start + 1;
  while (at < header.length && header[at] !== '"') {
    if (header[at] === "\\" && at + 1 < header.length) at++;
    value += header[at];
    at++;
  }
  return { value, end: at + 1 };
}

function match(pattern: RegExp, text: string, at: number): string {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? "";
}

function skip(pattern: RegExp, text: string, at: number): number {
  return at + match(pattern, text, at).length;
}

function skipPast(text: string, at: number, char: string): number {
  const found = text.indexOf(char, at);
  return found === -1 ? text.length : found + 1;
}
