/**
 * Every piece of spec text that reaches generated code goes through here. Spec authors are
 * not trusted: nothing they write may end a comment, a string or become code.
 */

/**
 * Characters that change how code reads without being seen: bidirectional overrides
 * (CVE-2021-42574, "Trojan Source"), zero-width characters, line/paragraph separators
 * (line breaks to some tools, not to others), control characters (a lone carriage return,
 * C1's next line) and the BOM.
 */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

function codePointEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Text for a JSDoc comment: cannot close it, and shows invisible characters as `\uXXXX`. */
export function docText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(INVISIBLE, codePointEscape).replaceAll("*/", "*\\/").trim();
}

/**
 * A double-quoted TypeScript string literal holding exactly `text`. A backslash just before the
 * closing quote is written `\u005C`: ts-morph's writer (code-block-writer) takes `\\"` for an
 * escaped quote, then reads the code that follows as string and the strings as code, and a `/*`
 * in one of them makes it "close" a comment it imagines by writing `*\/` into the code.
 */
export function stringLiteral(text: string): string {
  return visibleText(JSON.stringify(text)).replace(/\\\\"$/, '\\u005C"');
}

/**
 * An object literal key holding exactly `text`: `"__proto__": x` in an object literal sets the
 * object's prototype instead of a property (ECMAScript B.3.1), a computed key does not.
 */
export function propertyKey(text: string): string {
  return text === "__proto__" ? `[${stringLiteral(text)}]` : stringLiteral(text);
}

/**
 * Generated source with every invisible character written as `\uXXXX`. In string literals and
 * identifiers that is the same value (the escape is the character); in comments it makes the
 * character visible. For openapi-typescript's output, which keeps them raw (U+202E included).
 */
export function visibleText(source: string): string {
  return source.replace(INVISIBLE, codePointEscape);
}

/** A JSON value as TypeScript source, with every string escaped as a literal (and every key as a property key). */
export function jsonLiteral(value: unknown): string {
  if (typeof value === "string") return stringLiteral(value);
  if (Array.isArray(value)) return `[${value.map(jsonLiteral).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
    if (entries.length === 0) return "{}";
    return `{ ${entries.map(([key, entry]) => `${propertyKey(key)}: ${jsonLiteral(entry)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}
