// Section 1: generating a client for GitHub's REST spec with our pipeline, openapi-typescript
// alone and @hey-api/openapi-ts, each a fresh process per run, interleaved round by round.
import { existsSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, relative } from "node:path";
import { GITHUB_SPEC, HEYAPI_CLI, OTS_CLI, REPO, WORK } from "../lib/env.js";
import { HAVE_GNU_TIME, log, type Measured, runMeasured, tail } from "../lib/proc.js";
import { formatSummary, megabytes, ratioWithSpread, rotate, seconds, type Summary, summarize, table, verdict } from "../lib/stats.js";
import type { SectionContext, SectionResult } from "./types.js";

/** Where the last run of each contender leaves its output: the type-check section compiles it. */
export const OUTPUT = {
  ours: join(WORK, "gen/ours"),
  ots: join(WORK, "gen/ots"),
  hey: join(WORK, "gen/hey"),
  oursNode22: join(WORK, "gen/ours-node22"),
  otsNode22: join(WORK, "gen/ots-node22"),
} as const;

type Key = keyof typeof OUTPUT;

interface Contender {
  key: Key;
  label: string;
  command: string;
  args: string[];
  /** Files that must exist (non-empty) after a successful run. */
  expect: string[];
  /** Shown in RESULTS.md: the command with the repository's paths made relative. */
  display: string;
}

const rel = (path: string) => relative(REPO, path) || ".";

export function contenders(node22: string): Contender[] {
  const spec = GITHUB_SPEC;
  const make = (key: Key, label: string, command: string, args: string[], expect: string[]): Contender => ({
    key,
    label,
    command,
    args,
    expect,
    display: [
      command === process.execPath ? "node" : command === node22 ? "<node22>" : rel(command),
      ...args.map((arg) => (arg.startsWith(REPO) ? rel(arg) : arg)),
    ].join(" "),
  });
  const ours = ["scripts/generate.ts", "--spec", spec, "--name", "GitHub", "--out"];
  const heyPlugins = ["-p", "@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk"];
  return [
    // As `npm run generate` runs it: node with tsx's loader, one process.
    make("ours", "ours (full pipeline)", process.execPath, ["--import", "tsx", ...ours, OUTPUT.ours], ["client.ts", "index.ts", "schema.ts"]),
    make("ots", "openapi-typescript (types only)", process.execPath, [OTS_CLI, spec, "-o", join(OUTPUT.ots, "schema.ts")], ["schema.ts"]),
    make(
      "hey",
      "@hey-api/openapi-ts (client + sdk)",
      node22,
      [HEYAPI_CLI, "-i", spec, "-o", OUTPUT.hey, ...heyPlugins],
      ["index.ts", "sdk.gen.ts", "types.gen.ts", "client.gen.ts"],
    ),
    // Same runtime as hey-api, to separate Node 22 vs 20 from the tools themselves.
    make("oursNode22", "ours, on Node 22 (reference)", node22, ["--import", "tsx", ...ours, OUTPUT.oursNode22], ["client.ts", "index.ts", "schema.ts"]),
    make("otsNode22", "openapi-typescript, on Node 22 (reference)", node22, [OTS_CLI, spec, "-o", join(OUTPUT.otsNode22, "schema.ts")], ["schema.ts"]),
  ];
}

/** Runs one contender once from an empty output folder; throws with its output when it fails. */
export async function runOnce(contender: Contender): Promise<Measured> {
  const out = OUTPUT[contender.key];
  // Our pipeline skips files whose bytes are already on disk: every run starts from nothing.
  await rm(out, { recursive: true, force: true });
  const result = await runMeasured(contender.command, contender.args, { cwd: REPO, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  if (result.code !== 0) {
    throw new Error(`${contender.label} failed (exit ${result.code ?? result.signal}): ${contender.display}\n${tail(result.stderr || result.stdout)}`);
  }
  const missing = contender.expect.filter((file) => !existsSync(join(out, file)) || statSync(join(out, file)).size === 0);
  if (missing.length > 0) throw new Error(`${contender.label} exited 0 but did not write ${missing.join(", ")} into ${rel(out)}`);
  return result;
}

const peakKb = (run: Measured) => Math.max(run.maxRssKb ?? 0, run.treeRssKb ?? 0);

export async function generation(ctx: SectionContext): Promise<SectionResult> {
  const all = contenders(ctx.node22);
  const samples = new Map<Key, Measured[]>(all.map((contender) => [contender.key, []]));
  for (let round = -ctx.warmup; round < ctx.runs; round++) {
    const label = round < 0 ? `warm-up ${round + ctx.warmup + 1}/${ctx.warmup}` : `run ${round + 1}/${ctx.runs}`;
    for (const contender of rotate(all, round)) {
      log(`generation ${label}: ${contender.label}…`);
      const result = await runOnce(contender);
      log(`  ${seconds(result.wallMs)}, peak ${megabytes(peakKb(result))}`);
      if (round >= 0) samples.get(contender.key)?.push(result);
    }
  }
  ctx.generated.add("ours").add("ots").add("hey");

  const wall = (key: Key) => summarize((samples.get(key) ?? []).map((run) => run.wallMs));
  const peak = (key: Key) => summarize((samples.get(key) ?? []).map(peakKb));
  const largest = (key: Key) => maybe((samples.get(key) ?? []).flatMap((run) => (run.maxRssKb === undefined ? [] : [run.maxRssKb])));
  const tree = (key: Key) => maybe((samples.get(key) ?? []).flatMap((run) => (run.treeRssKb === undefined ? [] : [run.treeRssKb])));

  const cpu = (key: Key) => maybe((samples.get(key) ?? []).flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs])));
  const rows = all.map((contender) => [
    contender.label,
    formatSummary(wall(contender.key), seconds),
    formatSummary(cpu(contender.key), seconds),
    formatSummary(peak(contender.key), megabytes),
    formatSummary(largest(contender.key), megabytes),
    formatSummary(tree(contender.key), megabytes),
  ]);
  const walls = (key: Key) => (samples.get(key) ?? []).map((run) => run.wallMs);
  const oursVsHey = ratioWithSpread(walls("ours"), walls("hey"));
  const oursVsOts = ratioWithSpread(walls("ours"), walls("ots"));
  const sameRuntimeVsHey = ratioWithSpread(walls("oursNode22"), walls("hey"));
  const sameRuntimeVsOts = ratioWithSpread(walls("oursNode22"), walls("otsNode22"));
  const cpus = (key: Key) => (samples.get(key) ?? []).flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs]));
  const cpuVsHey = cpus("ours").length > 0 ? ratioWithSpread(cpus("ours"), cpus("hey")).text : "—";
  const cpuVsOts = cpus("ours").length > 0 ? ratioWithSpread(cpus("ours"), cpus("ots")).text : "—";
  const oursPeakMax = peak("ours").max;
  const GB = 1024 * 1024;
  const checks = [
    ["ours / hey-api (wall, medians)", oursVsHey.text, "≤ 0.85×", verdict(oursVsHey.value, { max: 0.85 })],
    ["ours / openapi-typescript (wall, medians)", oursVsOts.text, "≤ 1.10×", verdict(oursVsOts.value, { max: 1.1 })],
    ["information: ours / hey-api (CPU time)", cpuVsHey, "", ""],
    ["information: ours / openapi-typescript (CPU time)", cpuVsOts, "", ""],
    ["ours peak memory (worst run)", megabytes(oursPeakMax), "≤ 1.5 GB (1536 MB)", verdict(oursPeakMax / GB, { max: 1.5 })],
    ["reference: ours on Node 22 / hey-api (same runtime)", sameRuntimeVsHey.text, "(information)", ""],
    ["reference: ours / openapi-typescript, both on Node 22", sameRuntimeVsOts.text, "(information)", ""],
  ];

  const markdown = [
    `Spec: \`${rel(GITHUB_SPEC)}\` (${(statSync(GITHUB_SPEC).size / 1e6).toFixed(1)} MB). Each run is one process per tool, from an empty output folder, with the cwd at the repository root; rounds are interleaved and the order rotates each round; ${ctx.warmup} untimed warm-up round(s) first. Wall time is from spawn to exit of the whole process tree (hey-api's \`bin/run.js\` starts a second Node process; ours runs as \`node --import tsx\`, like \`npm run generate\`, and openapi-typescript as plain node: one process each).`,
    "",
    table(["tool", "wall, median (min–max)", "CPU user+sys", "peak RSS", "largest process (GNU time %M)", "process tree sum (sampled /proc, 50 ms)"], rows),
    "",
    table(["check", "result", "target", ""], checks),
    "",
    "The targets are judged on wall time (what a user waits). CPU time (user + system over the whole process tree, from GNU time) is shown because it moves much less than wall time when something else is using the two cores; when the two ratios disagree, the machine was busy.",
    "",
    `Peak RSS = the larger of GNU time's %M (exact peak of the largest single process, which is what a process-tree \`ru_maxrss\` reports) and the sampled sum over the whole tree (may miss a peak shorter than 50 ms).${HAVE_GNU_TIME ? "" : " /usr/bin/time was not found: only the sampled figure is available."}`,
  ].join("\n");
  return { markdown, failures: [] };
}

function maybe(values: number[]): Summary | undefined {
  return values.length === 0 ? undefined : summarize(values);
}
