// The scripts in examples/ run as a user runs them (`node --import tsx examples/x.ts`, client
// from environment variables) against Prism serving their spec: the documented call prints its
// result, and a request the spec rejects ends in the typed error and exit code 1.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PrismServer, startPrism } from "../helpers/prism.js";
import { ROOT } from "./code-blocks.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node --import tsx examples/<name>.ts ...args` with only the given variables set (no user credentials leak in). */
function runExample(name: string, env: Record<string, string>, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const childEnv = {
      PATH: process.env.PATH ?? "",
      // "api-clients" → src/, as the installed package would resolve; see examples/tsconfig.json.
      TSX_TSCONFIG_PATH: join(ROOT, "examples/tsconfig.json"),
      ...env,
    };
    execFile(process.execPath, ["--import", "tsx", `examples/${name}.ts`, ...args], { cwd: ROOT, env: childEnv, timeout: 20_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") reject(error);
      else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

let modboxMock: PrismServer | undefined;
let aitronosMock: PrismServer | undefined;

beforeAll(async () => {
  [modboxMock, aitronosMock] = await Promise.all([startPrism("specs/modbox.yaml"), startPrism("specs/aitronos.yaml")]);
});

afterAll(async () => {
  await Promise.all([modboxMock?.stop(), aitronosMock?.stop()]);
});

describe("examples/modbox.ts", () => {
  const env = () => ({ MODBOX_TOKEN: "example-token", MODBOX_BASE_URL: modboxMock?.url ?? "" });

  it("prints the updated member as JSON and exits 0", async () => {
    const run = await runExample("modbox", env());

    expect(run).toMatchObject({ code: 0, stderr: "" });
    const member = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(member).sort()).toEqual(["added_by", "created_at", "id", "role", "user_id", "workspace_id"]);
    expect(["owner", "admin", "member", "viewer"]).toContain(member.role);
  });

  it("prints the typed error and exits 1 when the server rejects the call", async () => {
    const run = await runExample("modbox", env(), ["not-a-uuid"]);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^UnprocessableEntityError: 422 /);
  });
});

describe("examples/aitronos.ts", () => {
  const env = () => ({ FREDDY_API_KEY: "example-key", AITRONOS_BASE_URL: aitronosMock?.url ?? "" });

  it("prints the documented result as JSON and exits 0", async () => {
    const run = await runExample("aitronos", env());

    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout)).toEqual({
      success: true,
      message: "Member role updated successfully",
      id: "orgusr_abc123def456",
      user_id: "usr_xyz789",
      role_id: "role_member_001",
      role_name: "Member",
    });
  });

  it("prints the typed error and exits 1 when the server rejects the call", async () => {
    // The spec wants an `org_` prefix; Prism answers 422.
    const run = await runExample("aitronos", env(), ["acme"]);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^UnprocessableEntityError: 422 /);
  });
});
