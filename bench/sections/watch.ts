// Section 4: `npm run watch` latency, from writing a spec edit to the regenerated files on disk.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BENCH, REPO, TSX } from "../lib/env.js";
import { log, sleep, startHelper, stopHelper, tail, waitUntil } from "../lib/proc.js";
import { formatSummary, millis, summarize, table, verdict } from "../lib/stats.js";
import type { SectionContext, SectionResult } from "./types.js";

const SPEC = "specs/one-op.yaml";
const OUTPUT = "generated/one-op";
const FILES = ["client.ts", "index.ts", "schema.ts"];
const WARMUP_CHANGES = 2;
const POLL_MS = 2;
/** The watcher's own line for a finished run: "<spec> → <output>: … in N ms". */
const RESULT_LINE = / in (\d+) ms$/;

export async function watch(ctx: SectionContext): Promise<SectionResult> {
  const template = await readFile(join(BENCH, "fixtures/one-op.yaml"), "utf8");
  // Reported, not passed: the watcher runs with whatever default `npm run watch` has.
  const defaultDebounce = /debounce:\s*\{[^}]*default:\s*"(\d+)"/.exec(await readFile(join(REPO, "scripts/watch.ts"), "utf8"))?.[1];
  const specText = (token: string) => template.replaceAll("WATCH_TOKEN", token);
  const root = await mkdtemp(join(tmpdir(), "bench-watch-"));
  const specPath = join(root, SPEC);
  const outputDir = join(root, OUTPUT);
  await mkdir(join(root, "specs"));
  await writeFile(specPath, specText("initial"));
  await writeFile(join(root, "clients.config.json"), `${JSON.stringify({ clients: [{ name: "WatchBench", spec: SPEC, output: OUTPUT }] }, null, 2)}\n`);

  // The default debounce, as `npm run watch` runs it.
  const watcher = startHelper(TSX, ["scripts/watch.ts", "--root", root], { cwd: REPO });
  try {
    await waitUntil(
      () => watcher.stdout.includes("watching") || watcher.child.exitCode !== null,
      60_000,
      () => `watcher did not start:\n${tail(watcher.stderr)}`,
    );
    if (watcher.child.exitCode !== null) throw new Error(`watcher exited with ${watcher.child.exitCode}:\n${tail(watcher.stderr)}`);
    // Does the generator stamp every file with the spec's sha256? Then every file must carry the new one.
    const initialHash = sha256(specText("initial"));
    const stamped = (await Promise.all(FILES.map((file) => readFile(join(outputDir, file), "utf8").catch(() => "")))).every((text) =>
      text.includes(initialHash),
    );

    const latencies: number[] = [];
    const reported: number[] = [];
    for (let change = -WARMUP_CHANGES; change < ctx.changes; change++) {
      const token = `bench edit ${change + WARMUP_CHANGES} ${randomBytes(4).toString("hex")}`;
      const text = specText(token);
      const hash = sha256(text);
      const mark = watcher.stdout.length;
      const started = performance.now();
      await writeFile(specPath, text);
      const done = async () => {
        const client = await readFile(join(outputDir, "client.ts"), "utf8").catch(() => "");
        if (!client.includes(token)) return false;
        if (!stamped) return true;
        const others = await Promise.all(FILES.map((file) => readFile(join(outputDir, file), "utf8").catch(() => "")));
        return others.every((other) => other.includes(hash));
      };
      await waitUntil(
        done,
        20_000,
        () => `the watcher did not regenerate within 20 s after edit ${change + WARMUP_CHANGES}:\n${tail(watcher.stderr)}`,
        POLL_MS,
      );
      const latency = performance.now() - started;
      // Let the run finish (its result line follows the write), so the next edit starts from an idle watcher.
      await waitUntil(
        () =>
          watcher.stdout
            .slice(mark)
            .split("\n")
            .some((line) => RESULT_LINE.test(line)),
        20_000,
        () => "the watcher printed no result line",
        POLL_MS,
      );
      const line =
        watcher.stdout
          .slice(mark)
          .split("\n")
          .find((candidate) => RESULT_LINE.test(candidate)) ?? "";
      const ownMs = Number(RESULT_LINE.exec(line)?.[1]);
      if (change >= 0) {
        latencies.push(latency);
        reported.push(ownMs);
        log(`watch change ${change + 1}/${ctx.changes}: ${millis(latency)} (watcher says ${ownMs} ms)`);
      }
      // A quiet gap between edits, well over the debounce, so that edits never coalesce.
      await sleep(300);
    }
    if (watcher.stderr.trim() !== "") throw new Error(`the watcher reported errors:\n${tail(watcher.stderr)}`);

    const latency = summarize(latencies);
    const own = summarize(reported);
    const markdown = [
      `A temporary root (\`${join(tmpdir(), "bench-watch-XXXX")}\`) holding \`clients.config.json\` and \`${SPEC}\` (one operation, \`bench/fixtures/one-op.yaml\`); one watcher for the whole section: \`tsx scripts/watch.ts --root <tmp>\` with its default debounce (${defaultDebounce === undefined ? "value not found in scripts/watch.ts" : `${defaultDebounce} ms`}), which is part of the latency. Each edit rewrites the spec in place (\`writeFile\`) with a new token in \`info.description\` and in the operation's \`description\`; the time runs from just before the write until \`client.ts\` contains the token${stamped ? " and every generated file's header carries the new spec's sha256" : ""}, polled every ${POLL_MS} ms. ${WARMUP_CHANGES} untimed edits first, then ${ctx.changes} timed edits, 300 ms apart, each after the watcher has printed its result line for the previous one.`,
      "",
      table(
        ["measure", "median (min–max)", "target", ""],
        [
          ["edit → files on disk", formatSummary(latency, millis), "< 500 ms", verdict(latency.median, { max: 499.999 })],
          ["worst edit", millis(latency.max), "(information)", ""],
          ["watcher's own “in N ms” (regeneration, after the debounce)", formatSummary(own, millis), "(information)", ""],
        ],
      ),
    ].join("\n");
    return { markdown, failures: [] };
  } finally {
    await stopHelper(watcher);
    await rm(root, { recursive: true, force: true });
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
