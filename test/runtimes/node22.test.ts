/**
 * The client under Node 22 (the package declares Node ≥ 20, which the rest of the suite runs):
 * the Modbox client bundled by esbuild for platform node, so without a build step, run by
 * Node 22 from npx's cache against a server on 127.0.0.1. Skipped only when npx cannot
 * provide Node 22 (offline with an empty cache).
 */
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPECTED_REPORT, prepareProgram, report, run, type Workspace } from "./program.js";

/** Node 22's binary through npx, which caches it after the first download. */
async function resolveNode22(): Promise<{ path: string } | { reason: string }> {
  const env = { ...process.env, npm_config_update_notifier: "false" };
  try {
    const result = await run("npx", ["-y", "-p", "node@22", "node", "-p", "process.execPath + ' ' + process.version"], {
      cwd: tmpdir(),
      env,
      timeoutMs: 180_000,
    });
    const [path, version] = result.stdout.trim().split("\n").at(-1)?.split(" ") ?? [];
    if (result.code === 0 && path !== undefined && version?.startsWith("v22.")) return { path };
    return { reason: `npx exited ${result.code}: ${result.stderr.trim().split("\n").at(-1) ?? ""}` };
  } catch (error) {
    return { reason: String(error) };
  }
}

const node22 = await resolveNode22();
if ("reason" in node22) console.warn(`node22.test.ts: skipped, Node 22 is not available through npx (${node22.reason})`);

describe.skipIf("reason" in node22)("under Node 22", () => {
  let workspace: Workspace;
  beforeAll(async () => {
    workspace = await prepareProgram("node");
  });
  afterAll(async () => {
    await workspace?.close();
  });

  it("the bundled Modbox client returns the typed body and raises a typed 403", async () => {
    if ("reason" in node22) return;
    const result = await run(node22.path, [workspace.main], { cwd: workspace.dir });

    expect(report(result)).toEqual({ runtime: expect.stringMatching(/^Node\.js\/22\b/), ...EXPECTED_REPORT });
    expect(workspace.server.requests.map((request) => [request.method, request.url, request.headers.authorization])).toEqual([
      ["PUT", "/workspaces/ws_1/members/usr_2", "Bearer tok_runtime"],
      ["PUT", "/workspaces/ws_1/members/usr_3", "Bearer tok_runtime"],
    ]);
  });
});
