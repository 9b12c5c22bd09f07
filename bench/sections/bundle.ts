// Section 6: what a browser app ships for one client and one call: each consumer bundled by
// esbuild (minified, tree-shaken, ESM for the browser), then gzip -9. Sizes do not depend on
// the machine's load: one run per consumer, and a second build checks that the bytes repeat.
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { HEYAPI_CLI, OTS_CLI, REPO, repoPackageVersion, TSC, WORK } from "../lib/env.js";
import { log, runMeasured, tail } from "../lib/proc.js";
import { ratio, table, verdict } from "../lib/stats.js";
import { COMPILER_OPTIONS } from "./typecheck.js";
import type { SectionContext, SectionResult } from "./types.js";

const SPEC = join(REPO, "specs/modbox.yaml");
const DIR = join(WORK, "bundle");
/** The package as a user installs it: `tsc -p tsconfig.build.json` output plus package.json, found by the consumers' `node_modules` lookup. */
const PACKAGE_DIR = join(DIR, "node_modules/api-clients");
/** The call every Modbox consumer makes; its path template must survive tree-shaking. */
const MODBOX_PATH = "/workspaces/{workspace_id}/members/{target_user_id}";
const AITRONOS_PATH = "/v1/organizations/{organization_id}/users/{user_id}";
/** "≤ 10 kB gzip", read as 10,000 bytes. */
const TARGET_GZIP_BYTES = 10_000;

/** The same esbuild options for every consumer. */
const ESBUILD_OPTIONS = { bundle: true, minify: true, treeShaking: true, format: "esm", platform: "browser", target: "es2022" } as const;

type Key = "ours" | "oursAitronos" | "hey" | "bare";

interface Consumer {
  key: Key;
  label: string;
  path: string;
  source: string;
}

function consumers(packageName: string): Consumer[] {
  return [
    {
      key: "ours",
      label: `ours: \`Modbox\` from "${packageName}/modbox"`,
      path: MODBOX_PATH,
      source: `import { Modbox } from "${packageName}/modbox";

export function updateRole(token: string) {
  const modbox = new Modbox({ token });
  return modbox.workspaces.updateWorkspaceMemberRole("ws_1", "usr_2", { role: "admin" });
}
`,
    },
    {
      key: "oursAitronos",
      label: `ours: \`Aitronos\` from "${packageName}/aitronos"`,
      path: AITRONOS_PATH,
      source: `import { Aitronos } from "${packageName}/aitronos";

export function updateRole(apiKey: string) {
  const aitronos = new Aitronos({ apiKey });
  return aitronos.crewManagementMembers.updateMember("org_1", "usr_2", { role_id: "role_admin" });
}
`,
    },
    {
      key: "hey",
      label: "@hey-api/openapi-ts (client-fetch + sdk), `updateWorkspaceMemberRole`",
      path: MODBOX_PATH,
      source: `import { updateWorkspaceMemberRole } from "./gen/index.js";

export async function updateRole(token: string) {
  const { data, error } = await updateWorkspaceMemberRole({
    path: { workspace_id: "ws_1", target_user_id: "usr_2" },
    body: { role: "admin" },
    headers: { Authorization: \`Bearer \${token}\` },
  });
  if (error !== undefined) throw new Error("request failed");
  return data;
}
`,
    },
    {
      key: "bare",
      label: "bare openapi-fetch + openapi-typescript types, `client.PUT(…)`",
      path: MODBOX_PATH,
      source: `import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

export async function updateRole(token: string) {
  const client = createClient<paths>({ baseUrl: "https://api.modbox.run" });
  const { data, error } = await client.PUT("${MODBOX_PATH}", {
    // The spec declares the bearer token as a required Authorization header parameter.
    params: { path: { workspace_id: "ws_1", target_user_id: "usr_2" }, header: { Authorization: \`Bearer \${token}\` } },
    body: { role: "admin" },
  });
  if (error !== undefined) throw new Error("request failed");
  return data;
}
`,
    },
  ];
}

interface Size {
  minBytes: number;
  gzipBytes: number;
  /** Minified bytes per source group (before gzip), largest first. */
  parts: [string, number][];
  containsCall: boolean;
}

export async function bundleSize(ctx: SectionContext): Promise<SectionResult> {
  const packageName = (JSON.parse(await readFile(join(REPO, "package.json"), "utf8")) as { name: string }).name;
  const all = consumers(packageName);
  await rm(DIR, { recursive: true, force: true });
  await prepare(ctx, all);

  const sizes = new Map<Key, Size>();
  const failures: string[] = [];
  for (const consumer of all) {
    log(`bundle: ${consumer.key}…`);
    const first = await measure(consumer);
    const second = await measure(consumer);
    if (first.minBytes !== second.minBytes || first.gzipBytes !== second.gzipBytes)
      failures.push(`bundle size: ${consumer.key} differs between two identical builds (${first.gzipBytes} vs ${second.gzipBytes} B gzip)`);
    if (!first.containsCall)
      failures.push(`bundle size: ${consumer.key}'s bundle lacks the path ${consumer.path}: the call was shaken off, the comparison is void`);
    log(`  ${first.minBytes} B min, ${first.gzipBytes} B gzip`);
    sizes.set(consumer.key, first);
  }
  failures.push(...(await typeErrors(all)));

  const size = (key: Key): Size => {
    const found = sizes.get(key);
    if (found === undefined) throw new Error(`no size for ${key}`);
    return found;
  };
  const ours = size("ours");
  const bytes = (value: number) => `${value.toLocaleString("en-US")} B`;
  const rows = all.map(({ key, label }) => [
    label,
    bytes(size(key).minBytes),
    bytes(size(key).gzipBytes),
    key === "ours" ? "1.00×" : ratio(ours.gzipBytes / size(key).gzipBytes),
    key === "ours" ? "1.00×" : ratio(ours.minBytes / size(key).minBytes),
  ]);
  const checks = [
    ["ours, Modbox + runtime (gzip)", bytes(ours.gzipBytes), `≤ ${bytes(TARGET_GZIP_BYTES)}`, verdict(ours.gzipBytes, { max: TARGET_GZIP_BYTES })],
    [
      "ours, Aitronos + runtime (gzip)",
      bytes(size("oursAitronos").gzipBytes),
      `≤ ${bytes(TARGET_GZIP_BYTES)}`,
      verdict(size("oursAitronos").gzipBytes, { max: TARGET_GZIP_BYTES }),
    ],
    ["information: ours / hey-api (gzip)", ratio(ours.gzipBytes / size("hey").gzipBytes), "", ""],
    ["information: ours / bare openapi-fetch (gzip)", ratio(ours.gzipBytes / size("bare").gzipBytes), "", ""],
  ];
  const breakdown = (["ours", "hey", "bare"] as const).map((key) => [
    all.find((consumer) => consumer.key === key)?.label ?? key,
    size(key)
      .parts.map(([group, value]) => `${group} ${bytes(value)}`)
      .join(", "),
  ]);

  const markdown = [
    `Each consumer makes the same one call (\`PUT ${MODBOX_PATH}\` of \`specs/modbox.yaml\` with a bearer token; Aitronos: \`PUT ${AITRONOS_PATH}\`) and exports it, so that tree-shaking keeps exactly what that call needs. Bundled with esbuild ${await repoPackageVersion("esbuild")} (\`${JSON.stringify(ESBUILD_OPTIONS)}\`), then \`zlib.gzipSync(…, { level: 9 })\`. Ours is imported from the package as a user installs it: \`tsc -p tsconfig.build.json\` output plus package.json (its \`exports\` and \`"sideEffects": false\`). hey-api 0.99's output is generated as in section 1 (\`-p @hey-api/client-fetch @hey-api/typescript @hey-api/sdk\`), the bare client's types by openapi-typescript. Sizes are deterministic: one run each, and a second identical build is checked to give the same bytes.`,
    "",
    table(["consumer", "minified", "minified + gzip -9", "ours (Modbox) ÷ this, gzip", "ours ÷ this, minified"], rows),
    "",
    table(["check", "result", "target", ""], checks),
    "",
    "Where the minified bytes come from (esbuild metafile, before gzip):",
    "",
    table(["consumer", "minified bytes by source"], breakdown),
    "",
    "Ours carries what the others leave to the caller: typed error classes per status, retries with backoff, timeouts and credential handling (see the files above); hey-api and bare openapi-fetch return `{ data, error }` and retry nothing. Ours also bundles the part of openapi-fetch that builds its URLs (`createFinalURL` and the parameter serializers), not its client.",
    "",
    "<details><summary>Consumers (<code>bench/.cache/work/bundle/&lt;key&gt;/consumer.ts</code>)</summary>",
    "",
    ...all.flatMap((consumer) => [`${consumer.label}:`, "", "```ts", consumer.source.trimEnd(), "```", ""]),
    "</details>",
  ].join("\n");
  return { markdown, failures };
}

/** Untimed: the package build, hey-api's and openapi-typescript's output, and the consumer files. */
async function prepare(ctx: SectionContext, all: Consumer[]): Promise<void> {
  log("bundle: building the package, generating hey-api's client and openapi-typescript's types (untimed)…");
  await run(process.execPath, [TSC, "-p", join(REPO, "tsconfig.build.json"), "--outDir", join(PACKAGE_DIR, "dist")], "tsc -p tsconfig.build.json");
  await copyFile(join(REPO, "package.json"), join(PACKAGE_DIR, "package.json"));
  await run(
    ctx.node22,
    [HEYAPI_CLI, "-i", SPEC, "-o", join(DIR, "hey/gen"), "-p", "@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk"],
    "@hey-api/openapi-ts",
  );
  await mkdir(join(DIR, "bare"), { recursive: true });
  await run(process.execPath, [OTS_CLI, SPEC, "-o", join(DIR, "bare/schema.ts")], "openapi-typescript");
  // The consumers' own package scope: without it, the nearest package.json would be the
  // repository's, also named "api-clients", and its self-reference would resolve to ./dist.
  await writeFile(join(DIR, "package.json"), `${JSON.stringify({ name: "bundle-consumers", private: true, type: "module" }, null, 2)}\n`);
  for (const consumer of all) {
    await mkdir(join(DIR, consumer.key), { recursive: true });
    await writeFile(join(DIR, consumer.key, "consumer.ts"), consumer.source);
  }
}

async function run(command: string, args: string[], label: string): Promise<void> {
  const result = await runMeasured(command, args, { cwd: REPO, sampleMs: 0, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  if (result.code !== 0) throw new Error(`${label} failed (exit ${result.code ?? result.signal}):\n${tail(result.stderr || result.stdout)}`);
}

async function measure(consumer: Consumer): Promise<Size> {
  const result = await build({
    ...ESBUILD_OPTIONS,
    entryPoints: [join(DIR, consumer.key, "consumer.ts")],
    absWorkingDir: REPO,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${consumer.key}`);
  return {
    minBytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    parts: groupBytes(result.metafile),
    containsCall: output.text.includes(consumer.path),
  };
}

/** Minified bytes by where they come from: a dependency, one of our files, a part of hey-api's output. */
function groupBytes(metafile: Metafile): [string, number][] {
  const groups = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const group = sourceGroup(relative(REPO, join(REPO, path)));
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
  }
  return [...groups].sort((a, b) => b[1] - a[1]);
}

function sourceGroup(path: string): string {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:dist\/)?(.*)$/.exec(path);
  // Ours file by file: where a size budget would be spent.
  if (dependency?.[1] === "api-clients") return dependency[2] ?? path;
  if (dependency !== null) return dependency[1] ?? path;
  const hey = /^bench\/\.cache\/work\/bundle\/hey\/gen\/([^/]+)\//.exec(path);
  if (hey !== null) return `hey-api ${hey[1]}/`;
  if (path.startsWith("bench/.cache/work/bundle/hey/gen/")) return "hey-api sdk + client instance";
  return "consumer";
}

/** The consumers are typed calls: tsc over all four, with the type-check section's options. */
async function typeErrors(all: Consumer[]): Promise<string[]> {
  const tsconfig = join(DIR, "tsconfig.json");
  await writeFile(tsconfig, `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: all.map((consumer) => `${consumer.key}/consumer.ts`) }, null, 2)}\n`);
  const result = await runMeasured(process.execPath, [TSC, "-p", tsconfig, "--pretty", "false"], { cwd: REPO, sampleMs: 0 });
  const errors = result.stdout.split("\n").filter((line) => /error TS\d+/.test(line));
  if (result.code !== 0 && errors.length === 0)
    throw new Error(`tsc over the consumers failed (exit ${result.code ?? result.signal}):\n${tail(result.stderr || result.stdout)}`);
  return errors.map((line) => `bundle size: consumer type error: ${line.trim()}`);
}
