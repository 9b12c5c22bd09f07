/**
 * The browser test finds a Chromium on any machine, in a fixed order, and a machine with none
 * fails with one line that says what to install: it never skips (issue 14).
 */
import { describe, expect, it } from "vitest";
import { type ChromiumChoice, chooseChromium, chromiumExecutable, type Machine } from "./chromium.js";

function machine(overrides: Partial<Machine> & { files?: string[] }): Machine {
  const files = new Set(overrides.files ?? []);
  return { env: {}, platform: "linux", arch: "x64", exists: (path) => files.has(path), ...overrides };
}

const cases: [string, { given: Machine; want: ChromiumChoice }][] = [
  [
    "CHROMIUM_PATH wins over everything",
    {
      given: machine({ env: { CHROMIUM_PATH: "/opt/chrome/chrome" }, files: ["/opt/chrome/chrome", "/usr/bin/chromium"] }),
      want: { kind: "path", path: "/opt/chrome/chrome", from: "CHROMIUM_PATH" },
    },
  ],
  ["on Linux x64, the npm-installed Chromium comes before a system one", { given: machine({ files: ["/usr/bin/chromium"] }), want: { kind: "npm" } }],
  ["on Linux x64 with nothing installed, the npm-installed Chromium", { given: machine({}), want: { kind: "npm" } }],
  ["an empty CHROMIUM_PATH counts as unset", { given: machine({ env: { CHROMIUM_PATH: "" } }), want: { kind: "npm" } }],
  [
    "on Linux arm64 (no npm build), a system Chromium",
    { given: machine({ arch: "arm64", files: ["/usr/bin/google-chrome"] }), want: { kind: "path", path: "/usr/bin/google-chrome", from: "system" } },
  ],
  [
    "on macOS, Google Chrome",
    {
      given: machine({ platform: "darwin", arch: "arm64", files: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"] }),
      want: { kind: "path", path: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", from: "system" },
    },
  ],
];

describe("chooseChromium", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(chooseChromium(given)).toEqual(want);
  });

  it("a CHROMIUM_PATH that names no file is an error naming it, not a quiet fallback", () => {
    const choice = chooseChromium(machine({ env: { CHROMIUM_PATH: "/nowhere/chrome" }, files: ["/usr/bin/chromium"] }));
    expect(choice).toEqual({ kind: "missing", message: expect.stringContaining("CHROMIUM_PATH=/nowhere/chrome: no such file") });
  });

  it("a machine with no browser gets one line that says what to install", async () => {
    const bare = machine({ platform: "darwin", arch: "arm64" });
    const choice = chooseChromium(bare);
    expect(choice.kind).toBe("missing");
    const message = choice.kind === "missing" ? choice.message : "";
    expect(message).not.toContain("\n");
    expect(message).toMatch(/install Google Chrome or Chromium, or set CHROMIUM_PATH/);
    await expect(chromiumExecutable(bare)).rejects.toThrow(message);
  });
});
