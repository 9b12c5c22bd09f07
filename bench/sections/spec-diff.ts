// Section 5: `npm run spec:diff` on two real releases of a large spec, GitHub Enterprise Server
// 3.18 → 3.19 (11 MB of JSON each), against Optic's `optic diff` on the same pair.
import { statSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Json } from "../../scripts/document/json.js";
import { operationsOf } from "../../scripts/document/operations.js";
import { REPO } from "../lib/env.js";
import {
  allOfMerges,
  ensureOptic,
  OPTIC_AJV,
  OPTIC_CAP_MS,
  OPTIC_CLI,
  OPTIC_DIR,
  OPTIC_ENV,
  OPTIC_VERSION,
  opticOutput,
  PARSE_COUNTER,
  parsesIn,
} from "../lib/optic.js";
import { log, type Measured, runMeasured, tail } from "../lib/proc.js";
import { formatSummary, megabytes, millis, ratioWithSpread, rotate, seconds, summarize, table, verdict } from "../lib/stats.js";
import type { SectionContext, SectionResult } from "./types.js";

const BASE = join(REPO, "node_modules/@octokit/openapi/generated/ghes-3.18.json");
const REVISION = join(REPO, "node_modules/@octokit/openapi/generated/ghes-3.19.json");
/** A small pair (a few operations) on which Optic does finish: start-up and small-spec cost. */
const SMALL_BASE = join(REPO, "test/fixtures/spec-diff-cli/v1.yaml");
const SMALL_REVISION = join(REPO, "test/fixtures/spec-diff-cli/v2-breaking.yaml");
const TARGET_MS = 2000;

const rel = (path: string) => relative(REPO, path);
const peakKb = (run: Measured) => Math.max(run.maxRssKb ?? 0, run.treeRssKb ?? 0);
const mb = (file: string) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;

export async function specDiff(ctx: SectionContext): Promise<SectionResult> {
  const failures: string[] = [];
  const ours = (base: string, revision: string) =>
    runMeasured(process.execPath, ["--import", "tsx", "scripts/spec-diff.ts", base, revision, "--format", "json"], {
      cwd: REPO,
      env: { ...process.env, NO_COLOR: "1" },
    });
  const checkOurs = (run: Measured, what: string) => {
    // 0 or 1 is a report (1: breaking changes, the default --fail-on); 2 is an error.
    if (run.code !== 0 && run.code !== 1) throw new Error(`spec:diff ${what} failed (exit ${run.code ?? run.signal}):\n${tail(run.stderr || run.stdout)}`);
    return JSON.parse(run.stdout) as { changes: { id: string }[]; summary: Record<string, number>; semver: string };
  };

  // --- Ours on the large pair.
  const samples: Measured[] = [];
  for (let round = -ctx.warmup; round < ctx.runs; round++) {
    const label = round < 0 ? `warm-up ${round + ctx.warmup + 1}/${ctx.warmup}` : `run ${round + 1}/${ctx.runs}`;
    log(`spec-diff ${label}: ours, ghes-3.18 → ghes-3.19…`);
    const run = await ours(BASE, REVISION);
    checkOurs(run, "ghes-3.18 → ghes-3.19");
    log(`  ${seconds(run.wallMs)}, peak ${megabytes(peakKb(run))}`);
    if (round >= 0) samples.push(run);
  }
  const report = checkOurs(samples.at(-1) as Measured, "ghes-3.18 → ghes-3.19");
  const count = (id: string) => report.changes.filter((change) => change.id === id).length;
  const wall = summarize(samples.map((run) => run.wallMs));
  const cpu = samples.every((run) => run.cpuMs !== undefined) ? summarize(samples.map((run) => run.cpuMs as number)) : undefined;
  const peak = summarize(samples.map(peakKb));

  // --- Optic: installed once, then first a small pair (does it run here at all?), then the large pair, capped.
  const opticNotes: string[] = [];
  const opticRows: string[][] = [];
  let ratioLine: string[] | undefined;
  let smallRatio: string[] | undefined;
  let opticStatus = "";
  const opticCwd = await mkdtemp(join(tmpdir(), "bench-optic-"));
  try {
    await ensureOptic();
    await writeFile(join(opticCwd, "count-parses.cjs"), PARSE_COUNTER);
    const optic = (base: string, revision: string, options: { count?: boolean; timeoutMs?: number } = {}) =>
      runMeasured(
        process.execPath,
        [...(options.count ? ["--require", join(opticCwd, "count-parses.cjs")] : []), OPTIC_CLI, "diff", base, revision, "--check", "--validation", "loose"],
        // Outside the repository: Optic looks for optic.yml and git from its cwd.
        { cwd: opticCwd, env: { ...process.env, ...OPTIC_ENV }, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) },
      );
    const opticOk = (run: Measured) => run.signal === null && run.code !== null && /Operations:/.test(run.stdout);

    // Small pair, interleaved with ours, rotating who goes first.
    const small = { ours: [] as Measured[], optic: [] as Measured[] };
    for (let round = -ctx.warmup; round < ctx.runs; round++) {
      for (const who of rotate(["ours", "optic"] as const, round)) {
        const run = who === "ours" ? await ours(SMALL_BASE, SMALL_REVISION) : await optic(SMALL_BASE, SMALL_REVISION, { timeoutMs: 60_000 });
        if (who === "ours") checkOurs(run, "on the small pair");
        else if (!opticOk(run)) throw new Error(`optic diff failed on the small pair (exit ${run.code ?? run.signal}):\n${opticOutput(run)}`);
        if (round >= 0) small[who].push(run);
      }
    }
    const smallRatioValue = ratioWithSpread(
      small.ours.map((run) => run.wallMs),
      small.optic.map((run) => run.wallMs),
    );
    smallRatio = ["information: ours / Optic on the small fixture pair (wall, medians)", smallRatioValue.text, "", ""];
    opticRows.push([
      `Optic ${OPTIC_VERSION}, small pair`,
      formatSummary(summarize(small.optic.map((run) => run.wallMs)), millis),
      formatSummary(summarize(small.optic.map(peakKb)), megabytes),
      `finished; ours on the same pair: ${formatSummary(summarize(small.ours.map((run) => run.wallMs)), millis)}`,
    ]);
    const smallSummary = /Operations:.*$/m.exec(small.optic.at(-1)?.stdout ?? "")?.[0];
    if (smallSummary)
      opticNotes.push(`On the small pair Optic says “${smallSummary.trim()}”; ours reports 1 removed, 1 added, 1 deprecated and 1 widened request property.`);

    // Large pair: one capped attempt, with the parse counter.
    log(`spec-diff: Optic ${OPTIC_VERSION}, ghes-3.18 → ghes-3.19 (capped at ${seconds(OPTIC_CAP_MS)})…`);
    const first = await optic(BASE, REVISION, { count: true, timeoutMs: OPTIC_CAP_MS });
    const parses = parsesIn(first.stderr, BASE);
    log(
      `  ${first.signal === null ? `exit ${first.code}` : "stopped"} after ${seconds(first.wallMs)}, peak ${megabytes(peakKb(first))}, ${parses.whole} whole-spec YAML parses`,
    );
    if (opticOk(first)) {
      // It finished: measure it properly, interleaved with ours, without the counter.
      const pairs = { ours: [] as Measured[], optic: [] as Measured[] };
      for (let round = 0; round < ctx.runs; round++) {
        for (const who of rotate(["ours", "optic"] as const, round)) {
          log(`spec-diff run ${round + 1}/${ctx.runs}: ${who} on the large pair…`);
          const run = who === "ours" ? await ours(BASE, REVISION) : await optic(BASE, REVISION, { timeoutMs: OPTIC_CAP_MS });
          if (who === "optic" && !opticOk(run)) throw new Error(`optic diff failed on the large pair (exit ${run.code ?? run.signal}):\n${opticOutput(run)}`);
          pairs[who].push(run);
        }
      }
      const value = ratioWithSpread(
        pairs.ours.map((run) => run.wallMs),
        pairs.optic.map((run) => run.wallMs),
      );
      ratioLine = ["ours / Optic, ghes-3.18 → ghes-3.19 (wall, medians)", value.text, "(information)", ""];
      opticRows.unshift([
        `Optic ${OPTIC_VERSION}, ghes-3.18 → ghes-3.19`,
        formatSummary(summarize(pairs.optic.map((run) => run.wallMs)), seconds),
        formatSummary(summarize(pairs.optic.map(peakKb)), megabytes),
        "finished",
      ]);
      opticStatus = "Optic finished the large pair: the ratio is measured.";
    } else {
      const stopped = first.signal !== null;
      const why = stopped
        ? `did not finish within ${seconds(OPTIC_CAP_MS)} and was stopped`
        : `exited ${first.code} without a diff: ${opticOutput(first).split("\n").at(-1) ?? ""}`;
      opticRows.unshift([
        `Optic ${OPTIC_VERSION}, ghes-3.18 → ghes-3.19`,
        stopped ? `> ${seconds(OPTIC_CAP_MS)} (stopped)` : seconds(first.wallMs),
        megabytes(peakKb(first)),
        why,
      ]);
      opticStatus = `**No ours/Optic ratio on the large pair**: Optic ${why}.`;
      if (parses.whole > 0) {
        const merged = await allOfMerges(BASE);
        const estimate =
          parses.medianMs === undefined
            ? ""
            : ` At that rate the base side alone needs about ${Math.round((merged * parses.medianMs) / 60_000)} min (then the revision's as many again).`;
        opticNotes.push(
          `Why: in ${seconds(first.wallMs)} Optic parsed the whole ${mb(BASE)} base spec ${parses.whole} times with yaml-ast-parser (median ${millis(parses.medianMs ?? 0)} per parse; ${parses.count} YAML parses in all). Its denormalizer (\`@useoptic/openapi-io\` \`mergeAllOf\` → \`logPointer\` → \`sourcemapReader\`) builds a new sourcemap reader, which re-parses the entire file, for every property (and \`required\` entry) it merges out of an \`allOf\` member. The base spec has ${merged.toLocaleString("en-US")} of them (counted once per \`allOf\`, component \`$ref\`s followed; more when a shared schema is merged again for each operation using it), so Optic's cost grows with the spec's size times that number.${estimate}`,
        );
      }
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`spec-diff: Optic could not be measured: ${message.split("\n")[0]}`);
    opticStatus = `**Optic could not be measured here**: ${message.split("\n")[0]}`;
    opticNotes.push(`\`\`\`\n${tail(message, 10)}\n\`\`\``);
  } finally {
    await rm(opticCwd, { recursive: true, force: true });
  }

  const checks = [
    ["ours, ghes-3.18 → ghes-3.19 (wall, median)", seconds(wall.median), `< ${seconds(TARGET_MS)}`, verdict(wall.median, { max: TARGET_MS - 0.001 })],
    ...(ratioLine ? [ratioLine] : []),
    ...(smallRatio ? [smallRatio] : []),
  ];
  const operations = async (file: string) => operationsOf(JSON.parse(await readFile(file, "utf8")) as Json).length;

  const markdown = [
    `Specs: \`${rel(BASE)}\` (${mb(BASE)}, ${await operations(BASE)} operations) → \`${rel(REVISION)}\` (${mb(REVISION)}, ${await operations(REVISION)} operations). Ours runs as \`npm run -s spec:diff\` does (\`node --import tsx scripts/spec-diff.ts OLD NEW --format json\`, cwd = repository root), a fresh process per run, ${ctx.warmup} untimed warm-up run(s) first; wall time is spawn to exit.`,
    "",
    `Our report: ${report.summary.breaking ?? 0} breaking, ${report.summary.warning ?? 0} warning(s), ${report.summary.info ?? 0} info (${count("operation-added")} operations added, ${count("operation-removed") + count("deprecated-operation-removed")} removed), bump ${report.semver}.`,
    "",
    table(
      ["tool", "wall, median (min–max)", "CPU user+sys", "peak RSS", "result"],
      [
        [
          "ours (spec:diff), ghes-3.18 → ghes-3.19",
          formatSummary(wall, seconds),
          formatSummary(cpu, seconds),
          formatSummary(peak, megabytes),
          `${ctx.runs} runs`,
        ],
        ...opticRows.map((row) => [row[0] ?? "", row[1] ?? "", "—", row[2] ?? "", row[3] ?? ""]),
      ],
    ),
    "",
    table(["check", "result", "target", ""], checks),
    "",
    `Optic: \`@useoptic/optic@${OPTIC_VERSION}\` from npm in \`${rel(OPTIC_DIR)}\` (with one ajv ${OPTIC_AJV} for the whole install: as npm lays it out by default, Optic crashes at start-up), run as \`node ${rel(OPTIC_CLI)} diff OLD NEW --check --validation loose\` from a temporary folder, with ${Object.entries(
      OPTIC_ENV,
    )
      .map(([key, value]) => `${key}=${value}`)
      .join(
        ", ",
      )} so that it sends no telemetry and checks for no update. It runs offline. \`--validation loose\`: its default strict validation rejects GHES 3.18 in about 4 s (“schema with type "array" cannot also include keywords: required”). The large-pair attempt runs with a \`--require\` hook that counts Optic's YAML parses.`,
    "",
    opticStatus,
    ...opticNotes.flatMap((note) => ["", note]),
  ].join("\n");
  return { markdown, failures };
}
