/**
 * Which Chromium the browser test drives, so that `npm ci && npm test` passes on a machine with
 * no browser installed (issue 14): first `CHROMIUM_PATH`, then the Chromium that npm installed
 * (`@sparticuz/chromium`, a Linux x64 build packed inside the package, no install script and no
 * download), then a system Chrome or Chromium. With none of them the test fails with one line
 * saying what to install; it never skips.
 */
import { existsSync } from "node:fs";

/** Names an executable to use instead of any other: `CHROMIUM_PATH=/opt/chrome/chrome npm test`. */
export const CHROMIUM_PATH_VARIABLE = "CHROMIUM_PATH";

/** The only build `@sparticuz/chromium` ships (its package leaves out bin/arm64). */
const NPM_CHROMIUM_PLATFORM = { platform: "linux", arch: "x64" } as const;

/** Where a system Chrome or Chromium usually lives, in the order they are tried. */
export const SYSTEM_CHROMIUMS: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/snap/bin/chromium"],
  darwin: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium"],
  win32: ["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"],
};

/** What the choice depends on; the real machine in the test, any machine in chromium.test.ts. */
export interface Machine {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  arch: string;
  exists(path: string): boolean;
}

export type ChromiumChoice = { kind: "path"; path: string; from: "CHROMIUM_PATH" | "system" } | { kind: "npm" } | { kind: "missing"; message: string };

/** Pure: picks a Chromium for `machine` without starting or unpacking anything. */
export function chooseChromium(machine: Machine): ChromiumChoice {
  const explicit = machine.env[CHROMIUM_PATH_VARIABLE];
  if (explicit !== undefined && explicit !== "") {
    // A wrong path is the user's mistake to see, not a reason to quietly use another browser.
    if (!machine.exists(explicit))
      return { kind: "missing", message: `${CHROMIUM_PATH_VARIABLE}=${explicit}: no such file. Point it at a Chrome or Chromium executable.` };
    return { kind: "path", path: explicit, from: "CHROMIUM_PATH" };
  }
  if (machine.platform === NPM_CHROMIUM_PLATFORM.platform && machine.arch === NPM_CHROMIUM_PLATFORM.arch) return { kind: "npm" };
  const system = (SYSTEM_CHROMIUMS[machine.platform] ?? []).find((path) => machine.exists(path));
  if (system !== undefined) return { kind: "path", path: system, from: "system" };
  return {
    kind: "missing",
    message:
      `No Chromium for the browser test on ${machine.platform}-${machine.arch}: install Google Chrome or Chromium, ` +
      `or set ${CHROMIUM_PATH_VARIABLE} to its executable (the npm-installed @sparticuz/chromium is Linux x64 only).`,
  };
}

export const thisMachine: Machine = { env: process.env, platform: process.platform, arch: process.arch, exists: existsSync };

/**
 * The executable to launch. The npm build is unpacked on first use by the package itself
 * (`executablePath()`: brotli → `$TMPDIR/chromium`, about 6 s, then reused by every run); if a
 * run was killed mid-unpack, delete that file. That build still links the system's NSS
 * (libnss3, libnspr4) and libexpat, which the Debian machines here have.
 */
export async function chromiumExecutable(machine: Machine = thisMachine): Promise<string> {
  const choice = chooseChromium(machine);
  switch (choice.kind) {
    case "path":
      return choice.path;
    case "missing":
      throw new Error(choice.message);
    case "npm": {
      const { default: chromium } = await import("@sparticuz/chromium");
      return chromium.executablePath();
    }
  }
}

/**
 * Flags for a machine with no internet: they keep Chromium from connections that would be
 * refused. `@sparticuz/chromium`'s own `args` are not merged: they include
 * `--disable-web-security`, which would switch off the CORS the test exists to exercise, and
 * `--single-process`, which a desktop machine does not need. Playwright adds a fresh
 * `--user-data-dir` of its own to every launch (and refuses one in `args`).
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
