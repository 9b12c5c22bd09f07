// Section 2: what a consumer pays in `tsc --noEmit` for one typed call (GET /repos/{owner}/{repo},
// reading `full_name`) through each tool's GitHub output.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { REPO, TSC, WORK } from "../lib/env.js";
import { log, type Measured, runMeasured, tail } from "../lib/proc.js";
import { formatSummary, megabytes, ratioWithSpread, rotate, seconds, summarize, table, verdict } from "../lib/stats.js";
import { contenders, OUTPUT, runOnce } from "./generation.js";
import type { SectionContext, SectionResult } from "./types.js";

/** The same options for every consumer: a strict, current ESM project. */
export const COMPILER_OPTIONS = {
  target: "ES2022",
  lib: ["ES2022", "DOM", "DOM.Iterable"],
  module: "NodeNext",
  moduleResolution: "NodeNext",
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [] as string[],
};

type Variant = "ours" | "bare" | "hey";

const LABELS: Record<Variant, string> = {
  ours: "ours (GitHub class from generated index.ts)",
  bare: "bare openapi-fetch + openapi-typescript types",
  hey: "@hey-api/openapi-ts (sdk function `reposGet`)",
};

/** Fails to compile when a result is `any`: a consumer that is not actually typed would be cheap for the wrong reason. */
const NOT_ANY = "type IsAny<T> = 0 extends 1 & T ? true : false;";

/**
 * Our resource property and method for GET /repos/{owner}/{repo}, read from the generated
 * client.ts (the JSDoc names the route), so that a change in naming does not break the bench.
 */
export function findOurCall(client: string, className: string): { resource: string; method: string } {
  const marker = client.indexOf("`GET /repos/{owner}/{repo}`\n");
  if (marker < 0) throw new Error("generated client.ts has no method documented as `GET /repos/{owner}/{repo}`");
  const method = /\n\s+(\w+)\(/.exec(client.slice(marker))?.[1];
  const classStart = client.lastIndexOf("\nexport class ", marker);
  const resourceClass = /^\nexport class (\w+)/.exec(client.slice(classStart))?.[1];
  if (method === undefined || resourceClass === undefined) throw new Error("could not find the method for GET /repos/{owner}/{repo} in generated client.ts");
  const mainClass = client.indexOf(`\nexport class ${className} `);
  const resource = new RegExp(`readonly (\\w+): ${resourceClass};`).exec(client.slice(mainClass))?.[1];
  if (mainClass < 0 || resource === undefined) throw new Error(`could not find the ${className} property holding ${resourceClass} in generated client.ts`);
  return { resource, method };
}

function consumers(call: { resource: string; method: string }): Record<Variant, string> {
  return {
    ours: `import { GitHub } from "../../gen/ours/index.js";
${NOT_ANY}

export async function fullName(): Promise<string> {
  const github = new GitHub();
  const repo = await github.${call.resource}.${call.method}("octocat", "hello-world");
  const typed: IsAny<typeof repo> = false;
  void typed;
  return repo.full_name;
}
`,
    bare: `import createClient from "openapi-fetch";
import type { paths } from "../../gen/ots/schema.js";
${NOT_ANY}

export async function fullName(): Promise<string> {
  const client = createClient<paths>({ baseUrl: "https://api.github.com" });
  const { data, error } = await client.GET("/repos/{owner}/{repo}", { params: { path: { owner: "octocat", repo: "hello-world" } } });
  if (error !== undefined || data === undefined) throw new Error("request failed");
  const typed: IsAny<typeof data> = false;
  void typed;
  return data.full_name;
}
`,
    hey: `import { reposGet } from "../../gen/hey/index.js";
${NOT_ANY}

export async function fullName(): Promise<string> {
  const { data, error } = await reposGet({ path: { owner: "octocat", repo: "hello-world" } });
  if (error !== undefined || data === undefined) throw new Error("request failed");
  const typed: IsAny<typeof data> = false;
  void typed;
  return data.full_name;
}
`,
  };
}

interface TscRun extends Measured {
  checkSeconds: number | undefined;
  memoryKb: number | undefined;
  errors: string[];
}

async function runTsc(variant: Variant): Promise<TscRun> {
  const result = await runMeasured(process.execPath, [TSC, "-p", join(WORK, "tc", variant, "tsconfig.json"), "--extendedDiagnostics"], { cwd: REPO });
  const errors = result.stdout.split("\n").filter((line) => /error TS\d+/.test(line));
  if (result.code !== 0 && errors.length === 0)
    throw new Error(`tsc failed for ${variant} (exit ${result.code ?? result.signal}):\n${tail(result.stderr || result.stdout)}`);
  const check = /^Check time:\s+([\d.]+)s/m.exec(result.stdout)?.[1];
  const memory = /^Memory used:\s+(\d+)K/m.exec(result.stdout)?.[1];
  return { ...result, checkSeconds: check === undefined ? undefined : Number(check), memoryKb: memory === undefined ? undefined : Number(memory), errors };
}

export async function typecheck(ctx: SectionContext): Promise<SectionResult> {
  // The outputs of section 1 when it ran in this invocation; otherwise one untimed generation each.
  for (const contender of contenders(ctx.node22).filter((c) => c.key === "ours" || c.key === "ots" || c.key === "hey")) {
    if (ctx.generated.has(contender.key)) continue;
    log(`typecheck: generating ${contender.label} output (untimed)…`);
    await runOnce(contender);
    ctx.generated.add(contender.key);
  }
  const call = findOurCall(await readFile(join(OUTPUT.ours, "client.ts"), "utf8"), "GitHub");
  const sources = consumers(call);
  const variants: Variant[] = ["ours", "bare", "hey"];
  await rm(join(WORK, "tc"), { recursive: true, force: true });
  await writeFile(join(await mkdirp(join(WORK, "tc")), "tsconfig.base.json"), `${JSON.stringify({ compilerOptions: COMPILER_OPTIONS }, null, 2)}\n`);
  for (const variant of variants) {
    const dir = await mkdirp(join(WORK, "tc", variant));
    await writeFile(join(dir, "consumer.ts"), sources[variant]);
    await writeFile(join(dir, "tsconfig.json"), `${JSON.stringify({ extends: "../tsconfig.base.json", files: ["consumer.ts"] }, null, 2)}\n`);
  }

  const samples = new Map<Variant, TscRun[]>(variants.map((variant) => [variant, []]));
  for (let round = -ctx.warmup; round < ctx.runs; round++) {
    const label = round < 0 ? `warm-up ${round + ctx.warmup + 1}/${ctx.warmup}` : `run ${round + 1}/${ctx.runs}`;
    for (const variant of rotate(variants, round)) {
      log(`typecheck ${label}: ${variant}…`);
      const result = await runTsc(variant);
      log(`  ${seconds(result.wallMs)}${result.errors.length > 0 ? `, ${result.errors.length} type error(s)` : ""}`);
      if (round >= 0) samples.get(variant)?.push(result);
    }
  }

  const failures: string[] = [];
  const wall = (variant: Variant) => summarize((samples.get(variant) ?? []).map((run) => run.wallMs));
  const rows = variants.map((variant) => {
    const runs = samples.get(variant) ?? [];
    const errors = runs[0]?.errors ?? [];
    if (errors.length > 0) failures.push(`type-check, ${LABELS[variant]}: ${errors.length} type error(s), first: ${errors[0]}`);
    const checkTimes = runs.flatMap((run) => (run.checkSeconds === undefined ? [] : [run.checkSeconds * 1000]));
    const memory = runs.flatMap((run) => (run.memoryKb === undefined ? [] : [run.memoryKb]));
    const cpu = runs.flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs]));
    return [
      LABELS[variant],
      formatSummary(wall(variant), seconds),
      cpu.length > 0 ? formatSummary(summarize(cpu), seconds) : "—",
      checkTimes.length > 0 ? formatSummary(summarize(checkTimes), seconds) : "—",
      memory.length > 0 ? formatSummary(summarize(memory), megabytes) : "—",
      errors.length === 0 ? "0" : `❌ ${errors.length}`,
    ];
  });
  const walls = (variant: Variant) => (samples.get(variant) ?? []).map((run) => run.wallMs);
  const vsBare = ratioWithSpread(walls("ours"), walls("bare"));
  const vsHey = ratioWithSpread(walls("ours"), walls("hey"));
  const checks = [
    ["ours / bare openapi-fetch (wall, medians)", vsBare.text, "≤ 1.00×", verdict(vsBare.value, { max: 1.0 })],
    ["ours / hey-api (wall, medians)", vsHey.text, "≤ 0.75× (our reading of “well under”)", verdict(vsHey.value, { max: 0.75 })],
  ];
  const cpus = (variant: Variant) => (samples.get(variant) ?? []).flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs]));
  if (cpus("ours").length > 0) {
    checks.push(["information: ours / bare openapi-fetch (CPU time)", ratioWithSpread(cpus("ours"), cpus("bare")).text, "", ""]);
    checks.push(["information: ours / hey-api (CPU time)", ratioWithSpread(cpus("ours"), cpus("hey")).text, "", ""]);
  }
  const firstErrors = variants.flatMap((variant) => (samples.get(variant)?.[0]?.errors ?? []).slice(0, 5).map((line) => `${variant}: ${line.trim()}`));

  const markdown = [
    `\`node ${relative(REPO, TSC)} -p <consumer>/tsconfig.json --extendedDiagnostics\` (TypeScript ${await tscVersion()}), one process per run, rounds interleaved with rotating order, ${ctx.warmup} warm-up round(s). Every consumer has the same compiler options:`,
    "",
    "```json",
    JSON.stringify(COMPILER_OPTIONS),
    "```",
    "",
    "`skipLibCheck: true` as real projects use; it only skips `.d.ts` files (lib.dom, openapi-fetch's types), which are the same for every contender. Generated code is `.ts` and is checked in full either way, as it is when a project keeps generated clients in its sources (our runtime in `src/runtime` is `.ts` too and counts for ours). `types: []` keeps `@types/*` out. Each consumer makes one call and reads `full_name`, with a type-level assertion that the result is not `any`:",
    "",
    ...variants.flatMap((variant) => [
      `<details><summary>${LABELS[variant]}: <code>bench/.cache/work/tc/${variant}/consumer.ts</code></summary>`,
      "",
      "```ts",
      sources[variant].trimEnd(),
      "```",
      "",
      "</details>",
      "",
    ]),
    table(["consumer", "wall, median (min–max)", "CPU user+sys", "tsc “Check time”", "tsc “Memory used”", "type errors"], rows),
    "",
    table(["check", "result", "target", ""], checks),
    ...(firstErrors.length > 0
      ? [
          "",
          "Type errors reported (tsc still checks everything, so the time is comparable, but the output is not usable as is):",
          "",
          "```",
          ...firstErrors,
          "```",
        ]
      : []),
  ].join("\n");
  return { markdown, failures };
}

async function mkdirp(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  return dir;
}

async function tscVersion(): Promise<string> {
  return (JSON.parse(await readFile(join(REPO, "node_modules/typescript/package.json"), "utf8")) as { version: string }).version;
}
