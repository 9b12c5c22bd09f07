/**
 * Pages and streams ship to browsers and cost nothing to clients that do not use them: their
 * modules import no Node builtin, a client bundled alone leaves them out, and together they add
 * little on top of one (issue 12: "pages and streams are tree-shaken when unused").
 */
import { isBuiltin } from "node:module";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundle } from "../browser/bundle.js";

const PAGES_AND_STREAMS = [
  "src/runtime/sse.ts",
  "src/runtime/json-records.ts",
  "src/runtime/stream.ts",
  "src/runtime/byte-source.ts",
  "src/runtime/link-header.ts",
  "src/runtime/pagination.ts",
  "src/runtime/page-promise.ts",
];
const BOTH = 'export { Stream } from "./src/runtime/stream.js"; export { PagePromise } from "./src/runtime/page-promise.js";';
const MODBOX = 'export { Modbox } from "./src/modbox.js";';

const gzipSize = (code: string) => gzipSync(code).length;

describe("pages and streams in a bundle", () => {
  it("import no Node builtin when bundled for the browser", async () => {
    const result = await bundle({ source: BOTH, platform: "browser" });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toEqual(expect.arrayContaining(PAGES_AND_STREAMS));
    expect(inputs.filter((path) => isBuiltin(path))).toEqual([]);
    expect(Object.values(result.metafile.outputs)[0]?.imports).toEqual([]);
  });

  it("are left out of a client that does not use them", async () => {
    const result = await bundle({ source: MODBOX, platform: "browser" });
    // The runtime's index re-exports them, so esbuild reads them (metafile.inputs); what counts
    // is that none of their code reaches the output.
    const output = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
    const shipped = Object.keys(output).filter((path) => (output[path]?.bytesInOutput ?? 0) > 0);
    expect(shipped).toContain("src/runtime/transport.ts");
    expect(shipped.filter((path) => PAGES_AND_STREAMS.includes(path))).toEqual([]);
  });

  it("add at most 4 kB (minified + gzip) to a client that uses both", async () => {
    const alone = await bundle({ source: MODBOX, minify: true });
    const withBoth = await bundle({ source: `${MODBOX}\n${BOTH}`, minify: true });
    expect(gzipSize(withBoth.code) - gzipSize(alone.code)).toBeLessThanOrEqual(4096);
  });
});
