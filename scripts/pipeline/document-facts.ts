/** Facts about a parsed document that several stages (and the types worker) need, from one walk each. */

type Json = Record<string, unknown>;

/** Whether any schema is marked readOnly or writeOnly (stops at the first). */
export function usesReadWrite(document: Json): boolean {
  return someNode([document.components, document.paths], (node) => node.readOnly === true || node.writeOnly === true);
}

/** Whether any `$ref` points into another file: then the document is only whole once bundled. */
export function hasExternalRefs(document: Json): boolean {
  return someNode([document], (node) => typeof node.$ref === "string" && !node.$ref.startsWith("#"));
}

function someNode(roots: unknown[], test: (node: Json) => boolean): boolean {
  const stack = [...roots];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null) continue;
    if (!Array.isArray(node) && test(node as Json)) return true;
    for (const value of Object.values(node)) if (typeof value === "object" && value !== null) stack.push(value);
  }
  return false;
}
