// `npm run bench`: generation, consumer type-check, request throughput and watch latency,
// measured in one run on the same inputs, written to bench/RESULTS.md. Progress goes to stderr.
//
//   npm run bench -- [--runs N] [--only generation|typecheck|throughput|watch|spec-diff|bundle|pages|giants] [--out FILE]
import { positiveInt, UsageError } from "./lib/args.js";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, release, totalmem } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { BENCH, codeFingerprint, ensureHeyApi, gitState, heyApiVersion, REPO, repoPackageVersion, resolveNode22, WORK } from "./lib/env.js";
import { HAVE_GNU_TIME, killAll, log } from "./lib/proc.js";
import { bundleSize } from "./sections/bundle.js";
import { generation, contenders } from "./sections/generation.js";
import { giants } from "./sections/giants.js";
import { pages } from "./sections/pages.js";
import { specDiff } from "./sections/spec-diff.js";
import { throughput } from "./sections/throughput.js";
import { typecheck } from "./sections/typecheck.js";
import type { SectionContext, SectionResult } from "./sections/types.js";
import { watch } from "./sections/watch.js";

const SECTIONS = {
  generation: { title: "1. Generation: GitHub REST spec (1,223 operations)", run: generation },
  typecheck: { title: "2. Consumer type-check: one typed call", run: typecheck },
  throughput: { title: "3. Request throughput: sequential calls to a local server", run: throughput },
  watch: { title: "4. Watch latency: spec edit → regenerated files", run: watch },
  "spec-diff": { title: "5. Spec diff: GitHub Enterprise Server 3.17 → 3.18 (11 MB each), ours and Optic", run: specDiff },
  bundle: { title: "6. Bundle size: one client with its runtime, minified + gzip", run: bundleSize },
  pages: { title: "7. Pages: `for await` over 10,000 items in pages of 100, ours and a hand-written openapi-fetch loop", run: pages },
  giants: { title: "8. Giants: Microsoft Graph v1.0 (20 MB) and beta (47 MB)", run: giants },
} as const;
type SectionName = keyof typeof SECTIONS;

const USAGE = `Usage: npm run bench -- [options]

  --runs N          measured runs per contender (default 3; the median of at least 3 is the result)
  --warmup N        untimed warm-up rounds for generation and type-check (default 1)
  --calls N         sequential calls per client per throughput run (default 5000)
  --changes N       timed spec edits for watch latency (default: max(10, runs))
  --only SECTION    run one section: ${Object.keys(SECTIONS).join(", ")} (writes bench/.cache/RESULTS-<section>.md unless --out)
  --out FILE        where to write the results (default bench/RESULTS.md for a full run)
  -h, --help        this help`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string" },
      warmup: { type: "string" },
      calls: { type: "string" },
      changes: { type: "string" },
      only: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  if (values.only !== undefined && !(values.only in SECTIONS))
    throw new UsageError(`--only expects one of ${Object.keys(SECTIONS).join(", ")}, got "${values.only}"`);
  const only = values.only as SectionName | undefined;
  const runs = positiveInt(values.runs, "runs", 3);
  if (runs < 3) log(`--runs ${runs}: fewer than 3 runs, fine while developing but not a result`);
  const outFile = resolve(values.out ?? (only ? join(BENCH, ".cache", `RESULTS-${only}.md`) : join(BENCH, "RESULTS.md")));

  const started = new Date();
  const fingerprint = await codeFingerprint();
  const gitAtStart = await gitState();
  const loadAtStart = loadavg();
  await rm(WORK, { recursive: true, force: true });
  await mkdir(WORK, { recursive: true });
  log("setup: resolving Node 22 and the hey-api install (not timed)…");
  const node22 = await resolveNode22();
  node22Version = node22.version;
  await ensureHeyApi();
  const ctx: SectionContext = {
    runs,
    warmup: positiveInt(values.warmup, "warmup", 1, 0),
    calls: positiveInt(values.calls, "calls", 5000),
    changes: positiveInt(values.changes, "changes", Math.max(10, runs)),
    node22: node22.path,
    generated: new Set(),
  };

  const names = only ? [only] : (Object.keys(SECTIONS) as SectionName[]);
  const results: { name: SectionName; result?: SectionResult; error?: string }[] = [];
  for (const name of names) {
    const sectionStart = performance.now();
    log(`== ${SECTIONS[name].title}`);
    try {
      results.push({ name, result: await SECTIONS[name].run(ctx) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`${name} FAILED: ${message}`);
      results.push({ name, error: message });
      killAll();
    }
    log(`== ${name} took ${((performance.now() - sectionStart) / 1000).toFixed(0)} s`);
  }

  const fingerprintAtEnd = await codeFingerprint();
  const changed = fingerprintAtEnd !== fingerprint;
  if (changed)
    log(
      `WARNING: scripts/, src/, specs/ or the config changed during the run (${fingerprint} → ${fingerprintAtEnd}): the figures mix two versions of the code`,
    );
  const state = { gitAtStart, gitAtEnd: await gitState(), fingerprint, fingerprintAtEnd, loadAtStart, loadAtEnd: loadavg() };
  const markdown = await render(started, ctx, results, only, state);
  await mkdir(resolve(outFile, ".."), { recursive: true });
  await writeFile(outFile, markdown);
  log(`results written to ${relative(REPO, outFile)}`);
  const failures = results.flatMap((entry) => (entry.error ? [`${entry.name}: ${entry.error.split("\n")[0]}`] : (entry.result?.failures ?? [])));
  for (const failure of failures) log(`FAILURE: ${failure}`);
  return failures.length === 0 ? 0 : 1;
}

interface RunState {
  gitAtStart: string;
  gitAtEnd: string;
  fingerprint: string;
  fingerprintAtEnd: string;
  loadAtStart: number[];
  loadAtEnd: number[];
}

async function render(
  started: Date,
  ctx: SectionContext,
  results: { name: SectionName; result?: SectionResult; error?: string }[],
  only: SectionName | undefined,
  state: RunState,
): Promise<string> {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(" / ");
  const codeLine =
    state.fingerprint === state.fingerprintAtEnd
      ? `- Code measured: ${state.gitAtStart} (content hash of scripts/, src/, specs/ and config: ${state.fingerprint}, unchanged during the run)`
      : `- ⚠️ **Code changed during the run**: ${state.gitAtStart} (hash ${state.fingerprint}) at the start, ${state.gitAtEnd} (hash ${state.fingerprintAtEnd}) at the end. The figures mix two versions of the generator/runtime: run again on a quiet tree.`;
  const cpuList = cpus();
  const versions = {
    "openapi-typescript": await repoPackageVersion("openapi-typescript"),
    "@hey-api/openapi-ts": await heyApiVersion(),
    typescript: await repoPackageVersion("typescript"),
    "openapi-fetch": await repoPackageVersion("openapi-fetch"),
    "ts-morph": await repoPackageVersion("ts-morph"),
    tsx: await repoPackageVersion("tsx"),
    "@octokit/openapi (spec)": await repoPackageVersion("@octokit/openapi"),
  };
  const commands = contenders(ctx.node22).map((contender) => `- ${contender.label}: \`${contender.display}\``);
  const failures = results.flatMap((entry) => (entry.error ? [`**${entry.name} failed**: ${entry.error.split("\n")[0]}`] : (entry.result?.failures ?? [])));
  return [
    "# Benchmark results",
    "",
    `Generated by \`npm run bench${only ? ` -- --only ${only}` : ""}${ctx.runs !== 3 ? ` --runs ${ctx.runs}` : ""}\` (\`bench/run.ts\`) on ${started.toISOString()}, took ${((Date.now() - started.getTime()) / 60000).toFixed(1)} min.`,
    "",
    "> **Absolute times are noise**: this is a shared 2-core machine, and every figure moves with whatever else runs on it. The **ratios** between tools measured in the same run, interleaved, are the result. Each figure is the median over the runs, with min–max in parentheses.",
    "",
    `- Machine: ${cpuList.length} CPU(s) (${cpuList[0]?.model.trim() ?? "unknown"}), ${(totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Linux ${release()}`,
    `- Node ${process.version} (ours, openapi-typescript, tsc, throughput, watch); Node ${node22Version} for @hey-api/openapi-ts, which requires ≥ 22.18 (\`${ctx.node22}\`, via \`npx -y -p node@22\`)`,
    codeLine,
    `- Load average (1/5/15 min) at start: ${load(state.loadAtStart)}; at end: ${load(state.loadAtEnd)} (2 CPUs: anything near 2 means the bench competed with other work)`,
    `- Versions: ${Object.entries(versions)
      .map(([name, version]) => `${name} ${version ?? "?"}`)
      .join(", ")}`,
    `- Runs: ${ctx.runs} measured per contender (warm-up rounds: ${ctx.warmup}); throughput ${ctx.calls.toLocaleString("en-US")} calls per client per run; watch ${ctx.changes} edits`,
    `- Peak memory: ${HAVE_GNU_TIME ? "`/usr/bin/time -f %M`" : "no /usr/bin/time"} plus a /proc sampler over the process tree`,
    "",
    `Generation commands (cwd = repository root; \`<node22>\` as above; \`node\` is Node ${process.version}; \`tsx\`'s bin runs on the \`node\` in PATH):`,
    "",
    ...commands,
    "",
    ...(failures.length > 0 ? ["## Failures", "", ...failures.map((failure) => `- ${failure}`), ""] : []),
    ...results.flatMap((entry) => [
      `## ${SECTIONS[entry.name].title}`,
      "",
      entry.result?.markdown ?? `❌ **Failed**:\n\n\`\`\`\n${entry.error ?? ""}\n\`\`\``,
      "",
    ]),
  ].join("\n");
}

let node22Version = "?";
let exiting = false;
async function cleanup(): Promise<void> {
  killAll();
  await rm(WORK, { recursive: true, force: true }).catch(() => undefined);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    log(`${signal}: stopping children and cleaning up`);
    void cleanup().finally(() => process.exit(130));
  });
}
process.on("exit", () => killAll());

main().then(
  async (code) => {
    await cleanup();
    process.exit(code);
  },
  async (error: unknown) => {
    const usage = error instanceof UsageError || (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"));
    log(usage ? `${(error as Error).message}\n${USAGE}` : `failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await cleanup();
    process.exit(2);
  },
);
