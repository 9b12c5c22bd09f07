/** The one generic walk over every node of a document (for checks that look at all of it, not at its structure). */

/** An object or list of the document, and the way back to the root (segments are built only when asked). */
export interface NodeVisit {
  node: object;
  key: string;
  parent: NodeVisit | undefined;
}

export interface WalkOptions {
  /**
   * Keys whose subtree is not entered (`examples`, `x-…`): data, not document structure. Told the
   * key of the object they are in, since a schema property may be named `examples` too.
   */
  skip?: (key: string, parentKey: string) => boolean;
}

/**
 * Visits every object and list under `root` (itself included), parents before children, in
 * document order, without recursion (a spec may nest hundreds of levels). Stops, and returns true,
 * when `visit` returns true.
 */
export function walkNodes(root: unknown, visit: (at: NodeVisit) => boolean | undefined, options: WalkOptions = {}): boolean {
  const { skip } = options;
  if (typeof root !== "object" || root === null) return false;
  const stack: NodeVisit[] = [{ node: root, key: "", parent: undefined }];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    if (visit(at) === true) return true;
    const node = at.node as Record<string, unknown>;
    const keys = Object.keys(node);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      const child = node[key];
      if (typeof child === "object" && child !== null && skip?.(key, at.key) !== true) stack.push({ node: child, key, parent: at });
    }
  }
  return false;
}

/** The path from the root to a visited node. */
export function segmentsTo(at: NodeVisit): string[] {
  const segments: string[] = [];
  for (let step: NodeVisit | undefined = at; step?.parent !== undefined; step = step.parent) segments.unshift(step.key);
  return segments;
}
