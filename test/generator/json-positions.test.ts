// Lines and columns of places in a JSON spec (scripts/pipeline/load-spec.ts, scan-json.ts's
// jsonLocator) are those a YAML parse of the same text gives, for every node of real specs,
// pretty-printed and minified, and for keys with escapes and characters outside the BMP.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { toPointer } from "../../scripts/document/pointer.js";
import { parseSpec } from "../../scripts/pipeline/load-spec.js";
import { REPO_ROOT } from "../helpers/cli.js";

/** Every node's path and where a YAML parse puts it (1-based line and column): an object member at its key, an array item at its value. */
function yamlPositions(text: string): [string[], { line: number; column: number }][] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const found: [string[], { line: number; column: number }][] = [];
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const visit = (node: Node | null | undefined, path: string[]) => {
    if (isMap(node))
      for (const pair of node.items) {
        const key = pair.key as Node & { value: unknown };
        const childPath = [...path, String(key.value)];
        found.push([childPath, at(key.range?.[0] ?? 0)]);
        visit(pair.value as Node, childPath);
      }
    if (isSeq(node))
      node.items.forEach((item, index) => {
        found.push([[...path, String(index)], at((item as Node).range?.[0] ?? 0)]);
        visit(item as Node, [...path, String(index)]);
      });
  };
  found.push([[], at((doc.contents as Node).range?.[0] ?? 0)]);
  visit(doc.contents as Node, []);
  return found;
}

async function realSpec(path: string): Promise<string> {
  return readFile(join(REPO_ROOT, path), "utf8");
}

describe("positions in a JSON spec", () => {
  const cases: [string, () => Promise<string>][] = [
    ["Scalar's Galaxy, pretty-printed", () => realSpec("node_modules/@scalar/galaxy/dist/latest.json")],
    ["Scalar's Galaxy, minified on one line", async () => JSON.stringify(JSON.parse(await realSpec("node_modules/@scalar/galaxy/dist/latest.json")))],
    [
      "escaped keys, astral characters, empty containers, scalars of every kind",
      async () =>
        `{ "openapi" : "3.1.0", "a\\"b": {"\\u0041": [1, -2.5e3, true, false, null, "x\\\\"]},\n\t"😀k": { "v": "😀\\n" , "e": {}, "l": [ ] },\r\n "z": [[{"q": [ {"r": 1} ]}]] }`,
    ],
  ];
  it.each(cases)("are where a YAML parse puts them: %s", async (_name, textOf) => {
    const text = await textOf();
    const spec = parseSpec(Buffer.from(text), "spec.json");
    const want = yamlPositions(text);
    expect(want.length).toBeGreaterThanOrEqual(20);
    const got = want.map(([path]) => [path, spec.positionOf(toPointer(path))]);
    expect(got).toEqual(want);
  });

  it("a path that is not there is located at its nearest ancestor that is", () => {
    const spec = parseSpec(Buffer.from('{"paths": {\n  "/a": {"get": {}}}}'), "spec.json");
    expect(spec.positionOf("#/paths/~1a/post/responses")).toEqual({ line: 2, column: 3 });
    expect(spec.positionOf("#/nothing")).toEqual({ line: 1, column: 1 });
  });
});
