/** Facts about a parsed document that several stages need, from one walk each. */
import type { Json } from "./json.js";
import { walkNodes } from "./walk-nodes.js";

/** Whether any schema is marked readOnly or writeOnly (stops at the first). */
export function usesReadWrite(document: Json): boolean {
  return someNode([document.components, document.paths], (node) => node.readOnly === true || node.writeOnly === true);
}

/** Whether any `$ref` points into another file: then the document is only whole once bundled. */
export function hasExternalRefs(document: Json): boolean {
  return someNode([document], (node) => typeof node.$ref === "string" && !node.$ref.startsWith("#"));
}

function someNode(roots: unknown[], test: (node: Json) => boolean): boolean {
  return roots.some((root) => walkNodes(root, ({ node }) => !Array.isArray(node) && test(node as Json)));
}
