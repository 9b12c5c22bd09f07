/**
 * The Modbox API reference's own TypeScript example (the "Update Member Role" page's SDK code,
 * issue 14) works with this package: pasted as it is, with only its import path changed, it
 * type-checks strictly and, run, sends its hard-coded token, ids and role to the server.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Modbox, ModboxOpenApiClient } from "../../src/index.js";
import { Modbox as ModboxFromSubpath, ModboxOpenApiClient as ModboxOpenApiClientFromSubpath, type WorkspaceMemberResponse } from "../../src/modbox.js";
import { startServer } from "../helpers/server.js";
import { ROOT, typeCheck } from "./code-blocks.js";

/** Verbatim from the page, 4-space indentation and the vendor's package name included. */
const DOCUMENTED = `import { ModboxOpenApiClient } from "modbox-sdk";

async function main() {
    const client = new ModboxOpenApiClient({
        token: "YOUR_TOKEN_HERE",
    });
    await client.workspaces.updateWorkspaceMemberRole("workspace_id", "target_user_id", {
        role: "owner",
    });
}
main();
`;

/** The one change a user makes: the import path. */
const PASTED = DOCUMENTED.replace(`from "modbox-sdk";`, `from "api-clients";`);

/** Where the page's example sends its request: the spec's server. */
const DOCUMENTED_ORIGIN = "https://api.modbox.run";

const MEMBER: WorkspaceMemberResponse = {
  id: "6f1c2d9e-0b6a-4c1e-9d2f-3a4b5c6d7e8f",
  workspace_id: "0c6f4f7e-1d2b-4a3c-8e9f-a0b1c2d3e4f5",
  user_id: "target_user_id",
  role: "owner",
  added_by: "usr_1",
  created_at: "2026-01-02T03:04:05Z",
};

const block = (code: string) => ({ block: { file: "modbox-update-member-role.md", fenceLine: 0, code, notChecked: false } });

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "seed-snippet-"));
  await writeFile(join(scratch, "package.json"), '{ "type": "module" }\n');
  await writeFile(join(scratch, "snippet.ts"), PASTED);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("ModboxOpenApiClient", () => {
  it("is Modbox itself, from the package root and from api-clients/modbox", () => {
    expect(ModboxOpenApiClient).toBe(Modbox);
    expect(ModboxOpenApiClientFromSubpath).toBe(ModboxFromSubpath);
    const client: ModboxOpenApiClient = new ModboxOpenApiClient({ token: "t" });
    expect(client).toBeInstanceOf(Modbox);
    expect(new Modbox({ token: "t" })).toBeInstanceOf(ModboxOpenApiClient);
  });
});

describe("the documented TypeScript example, import path changed", () => {
  it("differs from the page in the import path only", () => {
    expect(PASTED).not.toBe(DOCUMENTED);
    expect(PASTED.split("\n").filter((line, index) => line !== DOCUMENTED.split("\n")[index])).toEqual([`import { ModboxOpenApiClient } from "api-clients";`]);
  });

  it("type-checks strictly as a user's module (and, as the page has it, does not)", async () => {
    expect(await typeCheck([block(PASTED)])).toEqual([]);
    expect(await typeCheck([block(DOCUMENTED)])).toEqual([expect.stringMatching(/TS2307: Cannot find module 'modbox-sdk'/)]);
  });

  it("runs, and its token, path parameters and role reach the server", async () => {
    const server = await startServer([{ status: 200, body: MEMBER }]);
    try {
      const run = await runSnippet({ ROUTE_FROM: DOCUMENTED_ORIGIN, ROUTE_TO: server.url });
      expect(run, run.stderr).toMatchObject({ code: 0, stderr: "" });
      expect(server.requests).toHaveLength(1);
      const [request] = server.requests;
      expect(request?.method).toBe("PUT");
      expect(request?.url).toBe("/workspaces/workspace_id/members/target_user_id");
      expect(request?.headers).toMatchObject({ authorization: "Bearer YOUR_TOKEN_HERE", "content-type": "application/json" });
      expect(JSON.parse(request?.body ?? "")).toEqual({ role: "owner" });
    } finally {
      await server.close();
    }
  });
});

interface Run {
  code: number;
  stderr: string;
}

/** The pasted example, run as a user runs a script (`node --import tsx`), "api-clients" mapped to src/. */
function runSnippet(env: Record<string, string>): Promise<Run> {
  const childEnv = { PATH: process.env.PATH ?? "", TSX_TSCONFIG_PATH: join(ROOT, "examples/tsconfig.json"), ...env };
  const args = ["--import", "tsx", "--import", pathToFileURL(join(ROOT, "test/helpers/route-origin.ts")).href, join(scratch, "snippet.ts")];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, env: childEnv, timeout: 20_000 }, (error, _stdout, stderr) => {
      if (error && typeof error.code !== "number") reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stderr });
    });
  });
}
