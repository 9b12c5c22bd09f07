/**
 * Typed response headers cost nothing to a client whose spec declares none (issue 12, item 6:
 * "Modbox alone ≤ 10 kB gzip"): the parser is imported only by generated methods that pass a
 * table, so a Modbox bundle leaves it out, and a client that uses it pays well under a kilobyte.
 */
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundle } from "../browser/bundle.js";

const PARSER = "src/runtime/response-headers.ts";
const MODBOX = `import { Modbox } from "./src/modbox.js";
export const call = (token: string) => new Modbox({ token }).workspaces.updateWorkspaceMemberRole("ws_1", "usr_2", { role: "admin" });`;
const WITH_PARSER = `${MODBOX}\nexport { declaredHeaders } from "./${PARSER.replace(/\.ts$/, ".js")}";`;

const gzipSize = (code: string) => gzipSync(code, { level: 9 }).length;

describe("response headers in a bundle", () => {
  it("are left out of Modbox, whose spec declares none; Modbox stays within 10 kB gzip", async () => {
    const result = await bundle({ source: MODBOX, minify: true });
    const output = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
    expect(Object.keys(output)).toContain("src/runtime/transport.ts");
    expect(output[PARSER]?.bytesInOutput ?? 0).toBe(0);
    expect(gzipSize(result.code)).toBeLessThanOrEqual(10_000);
  });

  it("add under 512 bytes (minified + gzip) to a client that parses them", async () => {
    const alone = await bundle({ source: MODBOX, minify: true });
    const withParser = await bundle({ source: WITH_PARSER, minify: true });
    const added = gzipSize(withParser.code) - gzipSize(alone.code);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(512);
  });
});
