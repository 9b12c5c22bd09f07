/**
 * One small program, run by other JavaScript runtimes (Node 22, Deno, Bun): it imports the
 * Modbox client as esbuild bundles it and makes two calls to a node:http server on 127.0.0.1,
 * one answered 200 and one 403, then prints what it saw as one JSON line.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { WorkspaceMemberResponse } from "../../src/modbox.js";
import { bundle } from "../browser/bundle.js";
import { startServer, type TestServer } from "../helpers/server.js";

export const MEMBER: WorkspaceMemberResponse = {
  id: "6f1c2d9e-0b6a-4c1e-9d2f-3a4b5c6d7e8f",
  workspace_id: "0c6f4f7e-1d2b-4a3c-8e9f-a0b1c2d3e4f5",
  user_id: "usr_2",
  role: "admin",
  added_by: "usr_1",
  created_at: "2026-01-02T03:04:05Z",
};

/** What the program prints when the client works. */
export const EXPECTED_REPORT = {
  member: MEMBER,
  denied: { permissionDenied: true, modboxError: true, status: 403, body: { detail: "Not a workspace admin." }, message: "403 Not a workspace admin." },
};

/** The client's entry: the Modbox facade and the error classes the program checks, nothing else. */
const ENTRY = `export { Modbox, ModboxError } from "./src/modbox.js";
export { PermissionDeniedError } from "./src/core/errors.js";
`;

function program(baseUrl: string): string {
  return `import { Modbox, ModboxError, PermissionDeniedError } from "./client.mjs";

const modbox = new Modbox({ token: "tok_runtime", baseUrl: ${JSON.stringify(baseUrl)} });
const member = await modbox.workspaces.updateWorkspaceMemberRole("ws_1", "usr_2", { role: "admin" });
let denied;
try {
  await modbox.workspaces.updateWorkspaceMemberRole("ws_1", "usr_3", { role: "owner" });
  denied = "resolved";
} catch (error) {
  denied = {
    permissionDenied: error instanceof PermissionDeniedError,
    modboxError: error instanceof ModboxError,
    status: error.status,
    body: error.body,
    message: error.message,
  };
}
// navigator.userAgent: "Node.js/22", "Deno/2.9.6", "Bun/1.4.5".
console.log(JSON.stringify({ runtime: globalThis.navigator?.userAgent, member, denied }));
`;
}

export interface Workspace {
  dir: string;
  /** The program's file, `main.mjs`. */
  main: string;
  server: TestServer;
  close(): Promise<void>;
}

/**
 * A temp folder holding `client.mjs` (the bundle for `platform`) and `main.mjs`, and the
 * server the program calls: 200 for user usr_2, 403 for anyone else.
 */
export async function prepareProgram(platform: "browser" | "node"): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), "runtime-program-"));
  const server = await startServer((request) =>
    request.url.endsWith("/usr_2") ? { status: 200, body: MEMBER } : { status: 403, body: { detail: "Not a workspace admin." } },
  );
  const client = await bundle({ source: ENTRY, platform });
  await writeFile(join(dir, "client.mjs"), client.code);
  await writeFile(join(dir, "main.mjs"), program(server.url));
  return {
    dir,
    main: join(dir, "main.mjs"),
    server,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (or `timeoutMs`), whatever its exit code. */
export function run(file: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeoutMs ?? 30_000 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== "number") reject(new Error(`${file} ${args.join(" ")}: ${error.message}\n${stderr}`));
      else resolve({ code: error === null ? 0 : (error.code as number), stdout, stderr });
    });
  });
}

/** The program's JSON line, or an error carrying everything the runtime printed. */
export function report(result: Run): Record<string, unknown> {
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  try {
    if (result.code !== 0) throw new Error(`exit ${result.code}`);
    return JSON.parse(line) as Record<string, unknown>;
  } catch (cause) {
    throw new Error(`the program failed (${String(cause)}):\nstdout: ${result.stdout}\nstderr: ${result.stderr}`);
  }
}
