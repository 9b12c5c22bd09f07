// The CLI's pure parts: when to colour, code frames, the progress line and the run summary.
import { describe, expect, it } from "vitest";
import { codeFrame } from "../../scripts/cli/code-frame.js";
import { neutralize, shouldColour } from "../../scripts/cli/colour.js";
import { renderIssue } from "../../scripts/cli/issues.js";
import { Progress, progressLine } from "../../scripts/cli/progress.js";
import { type RunResult, resultJson, type SpecResult, summaryLine } from "../../scripts/cli/run-result.js";

const ANSI = /\u001b\[/;

describe("shouldColour", () => {
  const cases: [string, { isTTY: boolean | undefined; env: Record<string, string>; want: boolean }][] = [
    ["a terminal", { isTTY: true, env: {}, want: true }],
    ["a pipe or file", { isTTY: undefined, env: {}, want: false }],
    ["a terminal with NO_COLOR", { isTTY: true, env: { NO_COLOR: "1" }, want: false }],
    ["a terminal with NO_COLOR empty (unset, per no-color.org)", { isTTY: true, env: { NO_COLOR: "" }, want: true }],
    ["a pipe with FORCE_COLOR", { isTTY: false, env: { FORCE_COLOR: "1" }, want: true }],
    ["a pipe with FORCE_COLOR empty", { isTTY: false, env: { FORCE_COLOR: "" }, want: true }],
    ["a terminal with FORCE_COLOR=0", { isTTY: true, env: { FORCE_COLOR: "0" }, want: false }],
    ["FORCE_COLOR and NO_COLOR: NO_COLOR wins", { isTTY: true, env: { FORCE_COLOR: "1", NO_COLOR: "1" }, want: false }],
    ["a dumb terminal", { isTTY: true, env: { TERM: "dumb" }, want: false }],
  ];
  it.each(cases)("%s", (_name, { isTTY, env, want }) => {
    expect(shouldColour({ isTTY }, env)).toBe(want);
  });
});

describe("codeFrame", () => {
  const source = ["a: 1", "b:", "  c: 2", "  d:", "    e: bad", "  f: 3", "g: 4", "h: 5"].join("\n");

  it("shows 2 lines either side, a line-number gutter, `>` on the line and `^` under the column", () => {
    expect(codeFrame(source, { line: 5, column: 8 }, { colour: false })).toBe(
      ["  3 |   c: 2", "  4 |   d:", "> 5 |     e: bad", "    |        ^", "  6 |   f: 3", "  7 | g: 4"].join("\n"),
    );
  });

  it("clips the context at the file's edges and widens the gutter for two-digit lines", () => {
    expect(codeFrame(source, { line: 1, column: 1 }, { colour: false })).toBe(["> 1 | a: 1", "    | ^", "  2 | b:", "  3 |   c: 2"].join("\n"));
    const long = Array.from({ length: 12 }, (_, index) => `k${index + 1}: v`).join("\n");
    expect(codeFrame(long, { line: 9, column: 5 }, { colour: false })?.split("\n")).toEqual([
      "   7 | k7: v",
      "   8 | k8: v",
      ">  9 | k9: v",
      "     |     ^",
      "  10 | k10: v",
      "  11 | k11: v",
    ]);
  });

  it("keeps the caret under the column on a line indented with tabs", () => {
    const frame = codeFrame("x:\n\t\ty: 1\n", { line: 2, column: 3 }, { colour: false });
    expect(frame?.split("\n")[2]).toBe("    | \t\t^");
  });

  it("cuts a long line (minified JSON) around the column, the caret still under it", () => {
    const line = `{"a":${'"x",'.repeat(100)}"needle":1}`;
    const column = line.indexOf('"needle"') + 1;
    const [marked, caret] = codeFrame(line, { line: 1, column }, { colour: false, width: 60 })?.split("\n") ?? [];
    expect(marked?.length).toBeLessThan(80);
    expect(marked).toMatch(/^> 1 \| …/);
    expect(marked?.slice(caret?.indexOf("^"))).toMatch(/^"needle"/);
  });

  it("is undefined for a line the file does not have", () => {
    expect(codeFrame(source, { line: 99, column: 1 }, { colour: false })).toBeUndefined();
  });

  it("has ANSI styles only with colour on; the text is the same without them", () => {
    const coloured = codeFrame(source, { line: 5, column: 8 }, { colour: true }) ?? "";
    expect(coloured).toMatch(ANSI);
    expect(codeFrame(source, { line: 5, column: 8 }, { colour: false })).not.toMatch(ANSI);
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(codeFrame(source, { line: 5, column: 8 }, { colour: false }));
  });

  it("never passes the spec's own escape sequences or bidi overrides to the terminal", () => {
    const hostile = "title: \u001b[2Jgone\u202e\ninfo: 1";
    const frame = codeFrame(hostile, { line: 1, column: 8 }, { colour: true }) ?? "";
    expect(frame).not.toContain("\u001b[2J");
    expect(frame).not.toContain("\u202e");
    expect(neutralize("a\u0007b\tc")).toBe("a\ufffdb\tc");
  });
});

describe("renderIssue", () => {
  const issue = { file: "api.yaml", line: 2, column: 3, pointer: "#/b", message: "bad \u001b[31mthing" };
  it("keeps the first line as `file:line #/pointer: message` and styles it only with colour on", () => {
    const plain = renderIssue(issue, { colour: false, source: "a: 1\nb: 2\n" });
    expect(plain.split("\n")[0]).toBe("api.yaml:2 #/b: bad \ufffd[31mthing");
    expect(plain).not.toMatch(ANSI);
    const coloured = renderIssue(issue, { colour: true, source: "a: 1\nb: 2\n" });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(/\u001b\[\d+m/g, "")).toBe(plain);
  });
});

describe("progress", () => {
  it("shows specs done, operations and the stage, cut to the terminal's width", () => {
    const state = { stage: "emitting types for specs/modbox.yaml", specsDone: 1, specs: 2, operations: 37 };
    expect(progressLine(state, 0, 120)).toBe("⠋ 1/2 specs · 37 operations · emitting types for specs/modbox.yaml");
    const narrow = progressLine(state, 1, 30);
    expect(narrow).toHaveLength(29);
    expect(narrow.endsWith("…")).toBe(true);
  });

  it("draws in place with \\r on an enabled stream and erases itself when stopped; never draws when disabled", async () => {
    const written: string[] = [];
    const stream = { isTTY: true, columns: 80, write: (text: string) => written.push(text) };
    const progress = new Progress(stream, true);
    progress.update({ specs: 1, stage: "validating api.yaml" });
    await new Promise((resolve) => setTimeout(resolve, 200));
    progress.stop();
    expect(written.length).toBeGreaterThan(1);
    expect(written[0]).toMatch(/^\r. 0\/1 specs · validating api\.yaml\u001b\[K$/);
    expect(written.at(-1)).toBe("\r\u001b[K");
    const silent: string[] = [];
    const off = new Progress({ write: (text: string) => silent.push(text) }, false);
    await new Promise((resolve) => setTimeout(resolve, 120));
    off.stop();
    expect(silent).toEqual([]);
  });
});

describe("the run summary", () => {
  const spec = (files: Partial<SpecResult>): SpecResult => ({
    spec: "specs/a.yaml",
    name: "A",
    output: "generated/a",
    operations: 2,
    written: [],
    removed: [],
    stale: [],
    unchanged: [],
    ...files,
  });
  const run = (command: RunResult["command"], specs: SpecResult[], errors: RunResult["errors"] = []): RunResult => ({
    command,
    specs,
    durationMs: 840,
    errors,
  });
  const cases: [string, { given: RunResult; want: string }][] = [
    [
      "written and unchanged",
      {
        given: run("generate", [
          spec({ written: ["client.ts"], unchanged: ["index.ts", "schema.ts"] }),
          spec({ operations: 1, unchanged: ["client.ts", "index.ts", "schema.ts"] }),
        ]),
        want: "2 specs, 3 operations: 1 file written, 5 unchanged in 840 ms",
      },
    ],
    [
      "nothing to write",
      { given: run("generate", [spec({ operations: 1, unchanged: ["a.ts", "b.ts"] })]), want: "1 spec, 1 operation: 2 files unchanged in 840 ms" },
    ],
    [
      "a file removed",
      { given: run("generate", [spec({ removed: ["old.ts"], unchanged: ["a.ts"] })]), want: "1 spec, 2 operations: 1 file removed, 1 unchanged in 840 ms" },
    ],
    ["check, up to date", { given: run("check", [spec({ unchanged: ["a.ts", "b.ts", "c.ts"] })]), want: "1 spec, 2 operations: 3 files up to date in 840 ms" }],
    [
      "check, stale",
      {
        given: run("check", [spec({ stale: ["a.ts"], unchanged: ["b.ts", "c.ts"] })]),
        want: "1 spec, 2 operations: 1 file stale, 2 up to date in 840 ms; run generate to update",
      },
    ],
    [
      "spec errors",
      {
        given: run(
          "generate",
          [],
          [
            { file: "a.yaml", line: 1, column: 1, pointer: "#", message: "x" },
            { file: "a.yaml", line: 2, column: 1, pointer: "#", message: "y" },
          ],
        ),
        want: "generate: 2 errors; nothing was written (840 ms)",
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(summaryLine(given)).toBe(want);
  });

  it("--json: totals beside the per-spec lists; ok is false on stale files or errors", () => {
    const stale = resultJson(run("check", [spec({ stale: ["a.ts"], unchanged: ["b.ts"] })]));
    expect(stale).toEqual({
      command: "check",
      ok: false,
      specs: [spec({ stale: ["a.ts"], unchanged: ["b.ts"] })],
      operations: 2,
      files: { written: 0, removed: 0, stale: 1, unchanged: 1 },
      durationMs: 840,
      errors: [],
    });
    expect(resultJson(run("generate", [spec({ written: ["a.ts"] })])).ok).toBe(true);
  });
});
