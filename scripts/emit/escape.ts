/**
 * Every piece of spec text that reaches generated code goes through here. Spec authors are
 * not trusted: nothing they write may end a comment, a string or become code.
 */

/**
 * Characters that change how code reads without being seen: bidirectional overrides
 * (CVE-2021-42574, "Trojan Source"), zero-width characters, line/paragraph separators
 * (line breaks to some tools, not to others) and the BOM.
 */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

function codePointEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Text for a JSDoc comment: cannot close it, and shows invisible characters as `\uXXXX`. */
export function docText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, codePointEscape)
    .replaceAll("*/", "*\\/")
    .trim();
}

/** A double-quoted TypeScript string literal holding exactly `text`. */
export function stringLiteral(text: string): string {
  return JSON.stringify(text).replace(INVISIBLE, codePointEscape);
}
