// Builds the package and consumes dist/ from a throw-away project, the way an installed
// "api-clients" would be consumed: through package.json's "exports" map, with tsc (NodeNext)
// and with Node's ESM loader; and by CommonJS projects, which require() the same ES modules
// (Node ≥ 20.19) with the declarations of dist/cjs/. Fixture sources live in test/consumer/.
import { execFile } from "node:child_process";
import { copyFile, cp, mkdir, mkdtemp, readFile, realpath, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { WorkspaceMemberResponse } from "../src/modbox.js";
import { startServer } from "./helpers/server.js";

// Real path: tsc (--listFiles) and Node report the package's files by their realpath.
const repoRoot = await realpath(fileURLToPath(new URL("..", import.meta.url)));
const fixtures = path.join(repoRoot, "test", "consumer");
const tscBin = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeout ?? 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
      },
    );
  });
}

/** `file(line,col): error TSxxxx` lines of `tsc --pretty false`, paths relative to the consumer. */
function diagnostics(output: string): { file: string; code: string; line: string }[] {
  return [...output.matchAll(/^(.+?)\(\d+,\d+\): error (TS\d+): .*$/gm)].map((match) => ({
    file: match[1]!,
    code: match[2]!,
    line: match[0],
  }));
}

const packageJson = JSON.parse(await readFile(path.join(repoRoot, "package.json"), "utf8")) as {
  name: string;
  exports: Record<string, string | { require: { types: string; default: string }; types: string; import: string; default: string }>;
};
const packageName = packageJson.name;

/** What a consumer's tsconfig.json says: a strict NodeNext project that also checks our .d.ts files. */
const consumerCompilerOptions = {
  strict: true,
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2023", "DOM"],
  types: [],
  noEmit: true,
  // Check the package's declaration files (dist/**/*.d.ts); skip only TypeScript's own lib files.
  skipLibCheck: false,
  skipDefaultLibCheck: true,
};

const badCases = [
  // "superuser" is not a WorkspaceRole.
  { file: "bad-role.ts", code: "TS2322", message: /'"superuser"' is not assignable to type '"owner" \| "admin" \| "member" \| "viewer"'/ },
  // updateMember("org_abc123", { role_id }) : the body lands in the userId slot.
  { file: "missing-path-param.ts", code: "TS2345", message: /'\{ role_id: string; \}' is not assignable to parameter of type 'string'/ },
  // { roleId } instead of { role_id }.
  { file: "misspelled-field.ts", code: "TS2561", message: /'roleId' does not exist in type .*Did you mean to write 'role_id'\?/ },
] as const;
const badFiles: string[] = badCases.map((badCase) => badCase.file);

/** A CommonJS TypeScript project as `tsc --init` would start one for Node 16+: `module: node16`. */
const commonJsCompilerOptions = {
  strict: true,
  target: "ES2022",
  module: "node16",
  moduleResolution: "node16",
  lib: ["ES2023"],
  typeRoots: [path.join(repoRoot, "node_modules", "@types")],
  types: ["node"],
  outDir: "out",
  skipLibCheck: false,
  skipDefaultLibCheck: true,
};

let consumer: string;
/** consumer/commonjs: a package with "type": "commonjs", finding the package in consumer/node_modules. */
let commonJs: string;
let outside: Run;
const tsxLoader = pathToFileURL(path.join(repoRoot, "node_modules/tsx/dist/esm/index.mjs")).href;
let buildStartedAt: number;
let build: Run;
const compiles = new Map<string, Promise<Run>>();

/** tsc over consumer files, with a tsconfig that extends the consumer's and includes only them. */
async function compile(name: string, files: string[], extra: Record<string, unknown> = {}, tscArgs: string[] = []): Promise<Run> {
  const config = `tsconfig.${name}.json`;
  await writeFile(path.join(consumer, config), JSON.stringify({ extends: "./tsconfig.json", compilerOptions: extra, files }, null, 2));
  return run(process.execPath, [tscBin, "-p", config, "--pretty", "false", ...tscArgs], { cwd: consumer });
}

beforeAll(async () => {
  buildStartedAt = Date.now();
  build = await run("npm", ["run", "-s", "build"], { cwd: repoRoot, timeout: 60_000 });
  if (build.code !== 0) return; // reported by the first test

  consumer = await mkdtemp(path.join(tmpdir(), "api-clients-consumer-"));
  await writeFile(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await writeFile(path.join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions: consumerCompilerOptions }, null, 2));
  await mkdir(path.join(consumer, "node_modules"));
  // Installed-package layout: node_modules/<name> -> the repository, so "exports" and dist/ are used
  // as published. Its own dependencies (openapi-fetch) resolve from the symlink's realpath.
  await symlink(repoRoot, path.join(consumer, "node_modules", packageName), "dir");
  for (const file of ["good.ts", "smoke.mjs", ...badFiles]) {
    await copyFile(path.join(fixtures, file), path.join(consumer, file));
  }

  // All compilations at once; each test awaits its own.
  compiles.set("good", compile("good", ["good.ts"], {}, ["--listFiles"]));
  // A Node consumer without the DOM lib: the globals (fetch, Headers, AbortSignal) come from @types/node.
  compiles.set(
    "good-node",
    compile("good-node", ["good.ts"], {
      lib: ["ES2023"],
      typeRoots: [path.join(repoRoot, "node_modules", "@types")],
      types: ["node"],
    }),
  );
  // The bad files in one program (each compile loads dist/'s declarations, three seconds of CPU):
  // they are modules, so each one's diagnostics are what it would get compiled alone.
  compiles.set("bad", compile("bad", badFiles));
  commonJs = path.join(consumer, "commonjs");
  await mkdir(commonJs);
  await writeFile(path.join(commonJs, "package.json"), JSON.stringify({ name: "commonjs-consumer", private: true, type: "commonjs" }));
  await writeFile(path.join(commonJs, "tsconfig.json"), JSON.stringify({ compilerOptions: commonJsCompilerOptions, files: ["commonjs-call.ts"] }, null, 2));
  for (const file of ["commonjs-call.js", "commonjs-call.ts"]) await copyFile(path.join(fixtures, file), path.join(commonJs, file));
  // A client generated outside this repository, as a user of the installed package would.
  outside = await run(
    process.execPath,
    [
      "--import",
      tsxLoader,
      path.join(repoRoot, "scripts/generate.ts"),
      "--spec",
      path.join(repoRoot, "test/fixtures/features.yaml"),
      "--out",
      "features",
      "--name",
      "Features",
    ],
    { cwd: consumer },
  );
  // Keep rejections attached until the tests await them.
  for (const pending of compiles.values()) pending.catch(() => {});
}, 90_000);

afterAll(async () => {
  if (consumer) await rm(consumer, { recursive: true, force: true });
});

describe("npm run build", () => {
  test("succeeds and writes every file the exports map points to", async () => {
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    const targets = Object.entries(packageJson.exports).flatMap(([subpath, target]) =>
      typeof target === "string"
        ? []
        : [target.require.types, target.require.default, target.types, target.import, target.default].map((file) => ({ subpath, file })),
    );
    expect(targets.map((t) => t.subpath)).toEqual(expect.arrayContaining([".", "./modbox", "./aitronos", "./runtime"]));
    for (const { file } of targets) {
      const written = await stat(path.join(repoRoot, file));
      // tsc rewrites every output, so a file older than this build is a stale leftover.
      expect(written.mtimeMs, `${file} was not written by this build`).toBeGreaterThanOrEqual(buildStartedAt - 1_000);
    }
  });
});

describe(`a consumer of ${packageName} (strict, NodeNext, skipLibCheck false)`, () => {
  test("good.ts compiles against dist/ type declarations, not the sources", async () => {
    const result = await compiles.get("good")!;
    expect(diagnostics(result.stdout).map((d) => d.line)).toEqual([]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const files = result.stdout
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    // The symlink resolves to its realpath: the package's own files are the repository's dist/.
    for (const entry of ["dist/src/index.d.ts", "dist/src/modbox.d.ts", "dist/src/aitronos.d.ts", "dist/src/runtime/index.d.ts"]) {
      expect(files).toContain(path.join(repoRoot, entry));
    }
    const sources = files.filter(
      (file) => file.startsWith(repoRoot) && !file.startsWith(path.join(repoRoot, "dist") + path.sep) && !file.includes(`${path.sep}node_modules${path.sep}`),
    );
    expect(sources, "the consumer must see only dist/, never src/ or generated/").toEqual([]);
  });

  test("good.ts also compiles for a Node consumer without the DOM lib (@types/node globals)", async () => {
    const result = await compiles.get("good-node")!;
    expect(diagnostics(result.stdout).map((d) => d.line)).toEqual([]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });

  test.each(badCases)("$file fails with $code", async ({ file, code, message }) => {
    const result = await compiles.get("bad")!;
    expect(result.code).toBe(2); // tsc: diagnostics reported, nothing else went wrong
    const all = diagnostics(result.stdout);
    // None in dist/ or elsewhere: every error is in one of the bad files.
    expect(all.filter((d) => !badFiles.includes(d.file)).map((d) => d.line)).toEqual([]);
    // Exactly the one expected error in the fixture itself.
    const found = all.filter((d) => d.file === file);
    expect(found.map((d) => `${d.file} ${d.code}`)).toEqual([`${file} ${code}`]);
    expect(found[0]!.line).toMatch(message);
  });
});

describe("runtime smoke test (Node ESM, through the exports map)", () => {
  test("imports every subpath, builds clients, and names FREDDY_API_KEY when no key is set", async () => {
    const env = { ...process.env };
    delete env.FREDDY_API_KEY;
    delete env.MODBOX_TOKEN;
    const result = await run(process.execPath, ["smoke.mjs"], { cwd: consumer, env, timeout: 15_000 });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as Record<string, unknown>;
    expect(report).toEqual({
      resolved: {
        ".": pathToFileURL(path.join(repoRoot, "dist/src/index.js")).href,
        "./modbox": pathToFileURL(path.join(repoRoot, "dist/src/modbox.js")).href,
        "./aitronos": pathToFileURL(path.join(repoRoot, "dist/src/aitronos.js")).href,
        "./runtime": pathToFileURL(path.join(repoRoot, "dist/src/runtime/index.js")).href,
      },
      updateWorkspaceMemberRole: "function",
      updateMember: "function",
      sameClasses: true,
      aitronosWithoutKey: { threw: true, isClientError: true, message: expect.stringContaining("FREDDY_API_KEY") },
      aitronosWithEnvKey: { threw: false },
      modboxWithoutToken: { threw: true, isClientError: true, message: expect.stringContaining("MODBOX_TOKEN") },
      deepImport: "ERR_PACKAGE_PATH_NOT_EXPORTED",
    });
  });
});

describe("a client generated outside this repository", () => {
  test("imports the runtime by the package's name, type-checks strictly and calls a server", async () => {
    expect(outside.code, outside.stderr).toBe(0);
    const client = await readFile(path.join(consumer, "features", "client.ts"), "utf8");
    expect(client).toContain(`from "${packageName}/runtime";`);
    expect(client).not.toContain("src/runtime");
    await writeFile(
      path.join(consumer, "use-features.ts"),
      [
        `import { Features } from "./features/index.js";`,
        `const client = new Features({ baseUrl: process.argv[2], apiKey: "key-1" });`,
        `const text: string = await client.health();`,
        `console.log(JSON.stringify({ text }));`,
      ].join("\n"),
    );
    // Strict, with the generated files' @ts-nocheck line blanked (scripts/typecheck.ts), against dist/.
    await writeFile(
      path.join(consumer, "tsconfig.outside.json"),
      JSON.stringify({
        extends: "./tsconfig.json",
        compilerOptions: { lib: ["ES2023", "DOM"], typeRoots: [path.join(repoRoot, "node_modules", "@types")], types: ["node"] },
        files: ["use-features.ts"],
      }),
    );
    const checked = await run(process.execPath, ["--import", tsxLoader, path.join(repoRoot, "scripts/typecheck.ts"), "-p", "tsconfig.outside.json"], {
      cwd: consumer,
    });
    expect(checked.stderr).toBe("");
    const server = await startServer(() => ({ status: 200, headers: { "content-type": "text/plain" }, body: "ok" }));
    try {
      const called = await run(process.execPath, ["--import", tsxLoader, "use-features.ts", server.url], { cwd: consumer, timeout: 20_000 });
      expect(called.code, called.stderr).toBe(0);
      expect(JSON.parse(called.stdout.trim())).toEqual({ text: "ok" });
      expect(server.requests[0]?.headers["x-key"]).toBe("key-1");
    } finally {
      await server.close();
    }
  }, 60_000);
});

describe("CommonJS consumers (require() of the package's ES modules, Node ≥ 20.19)", () => {
  const member: WorkspaceMemberResponse = {
    id: "6f1c2d9e-0b6a-4c1e-9d2f-3a4b5c6d7e8f",
    workspace_id: "0c6f4f7e-1d2b-4a3c-8e9f-a0b1c2d3e4f5",
    user_id: "usr_2",
    role: "viewer",
    added_by: "usr_1",
    created_at: "2026-01-02T03:04:05Z",
  };

  test("every subpath's require condition loads the very file import does, so there is one module graph", () => {
    for (const target of Object.values(packageJson.exports)) {
      if (typeof target === "string") continue;
      expect(target.require.default).toBe(target.import);
      expect(target.default).toBe(target.import);
    }
  });

  test('a "type": "commonjs" project require()s every subpath and calls a server', async () => {
    const server = await startServer([
      { status: 200, body: { ...member, role: "admin" } },
      { status: 403, body: { success: false, error: { code: "INSUFFICIENT_PERMISSIONS", message: "Only admins may change roles." } } },
    ]);
    try {
      const result = await run(process.execPath, ["commonjs-call.js", server.url], { cwd: commonJs, timeout: 15_000 });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout.trim())).toEqual({
        commonJs: true,
        resolved: {
          ".": path.join(repoRoot, "dist/src/index.js"),
          "./modbox": path.join(repoRoot, "dist/src/modbox.js"),
          "./aitronos": path.join(repoRoot, "dist/src/aitronos.js"),
          "./runtime": path.join(repoRoot, "dist/src/runtime/index.js"),
        },
        member: { ...member, role: "admin" },
        denied: { name: "PermissionDeniedError", status: 403, aitronosError: true, apiError: true },
        sameClasses: true,
      });
      const [modboxCall, aitronosCall] = server.requests;
      expect(modboxCall).toMatchObject({ method: "PUT", url: "/workspaces/ws_1/members/usr_2", headers: { authorization: "Bearer tok_cjs" } });
      expect(JSON.parse(modboxCall?.body ?? "")).toEqual({ role: "admin" });
      expect(aitronosCall).toMatchObject({ method: "PUT", url: "/v1/organizations/org_1/users/usr_2", headers: { "x-api-key": "key_cjs" } });
    } finally {
      await server.close();
    }
  });

  test("a TypeScript project compiled with module node16 as CommonJS type-checks against dist/cjs/ and runs", async () => {
    // Compiled here, not with the others in beforeAll: the machine has two cores.
    const compiled = await run(process.execPath, [tscBin, "-p", "tsconfig.json", "--pretty", "false", "--listFiles"], { cwd: commonJs, timeout: 120_000 });
    expect(diagnostics(compiled.stdout).map((d) => d.line)).toEqual([]);
    expect(compiled.code, compiled.stdout + compiled.stderr).toBe(0);
    const files = compiled.stdout.split("\n").map((line) => line.trim());
    // Declarations TypeScript takes for CommonJS (dist/cjs/package.json says so), not the ESM ones (TS1479).
    expect(files).toContain(path.join(repoRoot, "dist/cjs/src/index.d.ts"));
    expect(files.filter((file) => file.startsWith(path.join(repoRoot, "dist/src")))).toEqual([]);
    const emitted = await readFile(path.join(commonJs, "out", "commonjs-call.js"), "utf8");
    expect(emitted).toContain(`require("api-clients")`);

    const server = await startServer([{ status: 200, body: member }]);
    try {
      const result = await run(process.execPath, [path.join("out", "commonjs-call.js"), server.url], { cwd: commonJs, timeout: 15_000 });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout.trim())).toEqual({ role: "viewer", wrong: "superuser", isModbox: true, isBaseClient: true, apiError: "APIError" });
      expect(server.requests[0]).toMatchObject({ method: "PUT", url: "/workspaces/ws_1/members/usr_2", headers: { authorization: "Bearer tok_ts" } });
    } finally {
      await server.close();
    }
  }, 180_000);

  test('tsx runs a generated client in a package without "type": "module"', async () => {
    expect(outside.code, outside.stderr).toBe(0);
    // The client generated above (importing "api-clients/runtime"), moved into a package that says nothing of its type: CommonJS.
    const untyped = path.join(consumer, "untyped");
    await cp(path.join(consumer, "features"), path.join(untyped, "features"), { recursive: true });
    await writeFile(path.join(untyped, "package.json"), JSON.stringify({ name: "untyped-consumer", private: true }));
    await writeFile(
      path.join(untyped, "use-features.ts"),
      [
        `import { Features } from "./features/index.js";`,
        `const client = new Features({ baseUrl: process.argv[2], apiKey: "key-1" });`,
        `client.health().then((text: string) => console.log(JSON.stringify({ text, commonJs: typeof module === "object" })));`,
      ].join("\n"),
    );
    const server = await startServer(() => ({ status: 200, headers: { "content-type": "text/plain" }, body: "ok" }));
    try {
      const called = await run(process.execPath, [path.join(repoRoot, "node_modules/tsx/dist/cli.mjs"), "use-features.ts", server.url], {
        cwd: untyped,
        timeout: 20_000,
      });
      expect(called.code, called.stderr).toBe(0);
      expect(JSON.parse(called.stdout.trim())).toEqual({ text: "ok", commonJs: true });
      expect(server.requests[0]?.headers["x-key"]).toBe("key-1");
    } finally {
      await server.close();
    }
  }, 60_000);
});
