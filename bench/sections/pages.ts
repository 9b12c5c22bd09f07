// Section 7: `for await` over every item of a 10,000-item list in pages of 100, through our
// generated client, against a loop written by hand over bare openapi-fetch calls: the same
// server, the same run, interleaved.
import { REPO, TSX } from "../lib/env.js";
import { log, runMeasured, serverPort, startHelper, stopHelper, tail } from "../lib/proc.js";
import { formatSummary, perSecond, ratio, ratioWithSpread, rotate, summarize, table, verdict } from "../lib/stats.js";
import type { SectionContext, SectionResult } from "./types.js";

const LOOPS = ["bare", "ours"] as const;
type Loop = (typeof LOOPS)[number];
const LABELS: Record<Loop, string> = {
  bare: "bare openapi-fetch, a `do … while (cursor)` loop over `client.GET(…)` written by hand",
  ours: "ours, `for await (const item of pages.items.listByCursor({ limit: 100 }))`",
};
/** Passes over the whole list per loop per run, after one untimed pass each. */
const ROUNDS = 5;
/** What the page iterator may cost over the hand-written loop: at most 15% of its rate. */
const MIN_OURS_VS_BARE = 0.85;

export async function pages(ctx: SectionContext): Promise<SectionResult> {
  const server = startHelper(TSX, ["bench/pages-server.ts"], { cwd: REPO });
  try {
    const port = await serverPort(server, "pages server");
    const samples = new Map<Loop, number[]>(LOOPS.map((loop) => [loop, []]));
    for (let run = 0; run < ctx.runs; run++) {
      const order = rotate(LOOPS, run);
      log(`pages run ${run + 1}/${ctx.runs}: ${ROUNDS} passes over 10,000 items each, order ${order.join(", ")}…`);
      const args = ["bench/pages-client.ts", "--port", port, "--rounds", String(ROUNDS), "--order", order.join(",")];
      const result = await runMeasured(TSX, args, { cwd: REPO, sampleMs: 0 });
      if (result.code !== 0) throw new Error(`pages client failed (exit ${result.code ?? result.signal}):\n${tail(result.stderr || result.stdout)}`);
      const parsed = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, { ms: number; items: number }>;
      for (const loop of LOOPS) {
        const entry = parsed[loop];
        if (entry === undefined) throw new Error(`pages client printed no result for ${loop}: ${result.stdout}`);
        samples.get(loop)?.push(entry.items / (entry.ms / 1000));
      }
      log(`  ${LOOPS.map((loop) => `${loop} ${perSecond(samples.get(loop)?.at(-1) ?? 0)} items`).join(", ")}`);
    }
    if (/unexpected request/.test(server.stderr)) throw new Error(`the server saw unexpected requests:\n${tail(server.stderr)}`);

    const summary = (loop: Loop) => summarize(samples.get(loop) ?? []);
    const rows = LOOPS.map((loop) => [LABELS[loop], formatSummary(summary(loop), perSecond), ratio(summary(loop).median / summary("bare").median)]);
    const oursVsBare = ratioWithSpread(samples.get("ours") ?? [], samples.get("bare") ?? []);
    const markdown = [
      `A node:http server on 127.0.0.1 in its own process (\`tsx bench/pages-server.ts\`) serves a list of 10,000 items (\`{ id, name }\`, ≈6 KB a page) in 100 pages of 100, as \`GET /cursor?limit=100&cursor=…\` answering \`{ items, next_cursor }\` (the \`listByCursor\` operation of \`test/fixtures/constructs/pages.yaml\`), after checking the path, \`limit\`, the cursor and \`Authorization: Bearer …\` (anything else is a 400 and fails the run). Each run is a fresh process (\`tsx bench/pages-client.ts\`, Node ${process.version}) that makes one untimed pass per loop, then ${ROUNDS} timed passes per loop over all 10,000 items (100 requests a pass), the loops alternating pass by pass and the starting loop rotating every run; each pass counts the items and checks the last id. Both use the global \`fetch\` and the same typed \`paths\` (\`test/constructs/generated/pages/\`).`,
      "",
      table(["loop", "items/s, median (min–max)", "vs bare openapi-fetch"], rows),
      "",
      table(
        ["check", "result", "target", ""],
        [
          [
            "ours / bare openapi-fetch (items/s, medians)",
            oursVsBare.text,
            `≥ ${ratio(MIN_OURS_VS_BARE)}`,
            verdict(oursVsBare.value, { min: MIN_OURS_VS_BARE }),
          ],
        ],
      ),
      "",
      "Ours reads each page once, as the call's typed body, and yields its items from it; the next request leaves only when the loop asks for the item after the last one, through the same transport as a single call (auth, timeout, retries, typed errors). The hand-written loop does the same requests with nothing of that around them.",
    ].join("\n");
    const failures =
      verdict(oursVsBare.value, { min: MIN_OURS_VS_BARE }) === "✅"
        ? []
        : [`pages: ours / bare openapi-fetch ${oursVsBare.text}, below ${ratio(MIN_OURS_VS_BARE)}`];
    return { markdown, failures };
  } finally {
    await stopHelper(server);
  }
}
