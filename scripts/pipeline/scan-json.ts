/** What JSON.parse lets through: duplicate keys, and nesting deeper than the tools after it can follow. */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

/** An object or array being scanned: the keys seen so far (objects only) and where the scan is in it. */
interface JsonFrame {
  keys: Set<string> | undefined;
  key: string;
  index: number;
}

/** A place in JSON text: its offset, and the path to the object or array there. */
export interface JsonPlace {
  offset: number;
  segments: string[];
}

/**
 * Keys that appear twice in one object (JSON.parse keeps the last silently, so a spec with two
 * `paths` or two `200` responses would lose one unseen), and the first place nested deeper
 * than `maxDepth`. The text is known to be valid JSON (JSON.parse took it), so one pass over
 * its structure suffices: strings are skipped with indexOf, and only keys are looked at (on
 * GitHub's 13 MB spec this takes 50 to 120 ms, about as long as JSON.parse).
 */
export function scanJson(text: string, maxDepth: number): { duplicates: (JsonPlace & { key: string })[]; tooDeep: JsonPlace | undefined } {
  const found: (JsonPlace & { key: string })[] = [];
  let tooDeep: JsonPlace | undefined;
  const frames: JsonFrame[] = [];
  let expectKey = false;
  for (let offset = 0; offset < text.length; offset++) {
    const code = text.charCodeAt(offset);
    if (code === QUOTE) {
      const end = stringEnd(text, offset);
      const frame = frames[frames.length - 1];
      if (expectKey && frame?.keys !== undefined) {
        const key = stringAt(text, offset, end);
        if (frame.keys.has(key)) found.push({ offset, segments: frames.slice(0, -1).map(segmentOf), key });
        frame.keys.add(key);
        frame.key = key;
      }
      offset = end;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      if (frames.length === maxDepth && tooDeep === undefined) tooDeep = { offset, segments: frames.map(segmentOf) };
      frames.push({ keys: code === OPEN_OBJECT ? new Set() : undefined, key: "", index: 0 });
      expectKey = code === OPEN_OBJECT;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      frames.pop();
      expectKey = false;
    } else if (code === COMMA) {
      const frame = frames[frames.length - 1];
      if (frame?.keys !== undefined) expectKey = true;
      else if (frame !== undefined) frame.index++;
    } else if (code === COLON) {
      expectKey = false;
    }
  }
  return { duplicates: found, tooDeep };
}

function segmentOf(frame: JsonFrame): string {
  return frame.keys === undefined ? String(frame.index) : frame.key;
}

/** The string between the quotes at `start` and `end`, its escapes decoded. */
function stringAt(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  return raw.includes("\\") ? (JSON.parse(text.slice(start, end + 1)) as string) : raw;
}

/** Offset of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (isEscaped(text, end)) end = text.indexOf('"', end + 1);
  return end;
}

function isEscaped(text: string, quote: number): boolean {
  let backslashes = 0;
  for (let index = quote - 1; text.charCodeAt(index) === BACKSLASH; index--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * Where the node at a path starts in JSON text (the text is known to be valid JSON): an object
 * member at its key, as the YAML positions of load-spec.ts are, an array item at its value; or
 * where its nearest ancestor that is there starts. Each object or array on a path asked for is
 * read once, for the offsets of its members, so a run's warnings cost at most one pass over the
 * text: a YAML parse for their lines took seconds on a 5 MB spec (mailchimp.com).
 */
export function jsonLocator(text: string): (segments: readonly string[]) => number {
  const members = new Map<number, Map<string, Member>>();
  const root = skipSpace(text, 0);
  return (segments) => {
    let [value, located] = [root, root];
    for (const segment of segments) {
      let found = members.get(value);
      if (found === undefined) {
        found = membersAt(text, value);
        members.set(value, found);
      }
      const member = found.get(segment);
      if (member === undefined) break;
      [value, located] = [member.value, member.located];
    }
    return located;
  };
}

/** Where a member is located (its key, or an array item's value) and where its value starts. */
interface Member {
  located: number;
  value: number;
}

/** The members of the object or array at `start`, by key or index; none for a scalar. */
function membersAt(text: string, start: number): Map<string, Member> {
  const found = new Map<string, Member>();
  const open = text.charCodeAt(start);
  if (open !== OPEN_OBJECT && open !== OPEN_ARRAY) return found;
  let offset = skipSpace(text, start + 1);
  for (let index = 0; text.charCodeAt(offset) !== (open === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY); index++) {
    let key = String(index);
    const located = offset;
    if (open === OPEN_OBJECT) {
      const end = stringEnd(text, offset);
      key = stringAt(text, offset, end);
      offset = skipSpace(text, skipSpace(text, end + 1) + 1);
    }
    found.set(key, { located, value: offset });
    offset = skipSpace(text, valueEnd(text, offset));
    if (text.charCodeAt(offset) === COMMA) offset = skipSpace(text, offset + 1);
  }
  return found;
}

/** The offset just after the value starting at `start`. */
function valueEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (code === QUOTE) return stringEnd(text, start) + 1;
  if (code !== OPEN_OBJECT && code !== OPEN_ARRAY) {
    let offset = start;
    while (offset < text.length && !SCALAR_END.has(text.charCodeAt(offset))) offset++;
    return offset;
  }
  let depth = 0;
  for (let offset = start; offset < text.length; offset++) {
    const at = text.charCodeAt(offset);
    if (at === QUOTE) offset = stringEnd(text, offset);
    else if (at === OPEN_OBJECT || at === OPEN_ARRAY) depth++;
    else if ((at === CLOSE_OBJECT || at === CLOSE_ARRAY) && --depth === 0) return offset + 1;
  }
  return text.length;
}

/** What ends a number, `true`, `false` or `null`: a separator, a closing bracket, or white space. */
const SCALAR_END = new Set([COMMA, CLOSE_OBJECT, CLOSE_ARRAY, 0x20, 0x09, 0x0a, 0x0d]);

function skipSpace(text: string, start: number): number {
  let offset = start;
  while (offset < text.length && SPACE.has(text.charCodeAt(offset))) offset++;
  return offset;
}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
