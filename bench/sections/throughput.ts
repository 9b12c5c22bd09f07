// Section 3: sequential requests per second against a local node:http server, through raw
// fetch, bare openapi-fetch and our Modbox client (same method, path, headers and body).
import { REPO, TSX } from "../lib/env.js";
import { log, runMeasured, serverPort, startHelper, stopHelper, tail } from "../lib/proc.js";
import { formatSummary, perSecond, ratio, ratioWithSpread, rotate, summarize, table, verdict } from "../lib/stats.js";
import type { SectionContext, SectionResult } from "./types.js";

const CLIENTS = ["raw", "bare", "ours"] as const;
type Client = (typeof CLIENTS)[number];
const LABELS: Record<Client, string> = {
  raw: "raw `fetch`",
  bare: "bare openapi-fetch (`client.PUT(…)`)",
  ours: "ours (`modbox.workspaces.updateWorkspaceMemberRole(…)`)",
};
const WARMUP_CALLS = 500;
/** What timeouts, retries and typed errors may cost per call: at most 15% of raw fetch's rate. */
const MIN_OURS_VS_RAW = 0.85;
const BLOCK = 250;

export async function throughput(ctx: SectionContext): Promise<SectionResult> {
  const server = startHelper(TSX, ["bench/throughput-server.ts"], { cwd: REPO });
  try {
    const port = await serverPort(server, "throughput server");
    const samples = new Map<Client, number[]>(CLIENTS.map((client) => [client, []]));
    for (let run = 0; run < ctx.runs; run++) {
      const order = rotate(CLIENTS, run);
      log(`throughput run ${run + 1}/${ctx.runs}: ${ctx.calls} calls each, order ${order.join(", ")}…`);
      const args = [
        "bench/throughput-client.ts",
        "--port",
        port,
        "--calls",
        String(ctx.calls),
        "--warmup",
        String(WARMUP_CALLS),
        "--block",
        String(BLOCK),
        "--order",
        order.join(","),
      ];
      const result = await runMeasured(TSX, args, { cwd: REPO, sampleMs: 0 });
      if (result.code !== 0) throw new Error(`throughput client failed (exit ${result.code ?? result.signal}):\n${tail(result.stderr || result.stdout)}`);
      const parsed = JSON.parse(result.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, { ms: number; calls: number }>;
      for (const client of CLIENTS) {
        const entry = parsed[client];
        if (entry === undefined) throw new Error(`throughput client printed no result for ${client}: ${result.stdout}`);
        const rps = entry.calls / (entry.ms / 1000);
        samples.get(client)?.push(rps);
      }
      log(`  ${CLIENTS.map((client) => `${client} ${perSecond(samples.get(client)?.at(-1) ?? 0)}`).join(", ")}`);
    }
    if (/unexpected request/.test(server.stderr)) throw new Error(`the server saw unexpected requests:\n${tail(server.stderr)}`);

    const summary = (client: Client) => summarize(samples.get(client) ?? []);
    const rows = CLIENTS.map((client) => [LABELS[client], formatSummary(summary(client), perSecond), ratio(summary(client).median / summary("raw").median)]);
    const versus = (a: Client, b: Client) => ratioWithSpread(samples.get(a) ?? [], samples.get(b) ?? []);
    const oursVsRaw = versus("ours", "raw");
    const checks = [
      ["ours / raw fetch (req/s, medians)", oursVsRaw.text, `≥ ${ratio(MIN_OURS_VS_RAW)}`, verdict(oursVsRaw.value, { min: MIN_OURS_VS_RAW })],
      ["information: bare openapi-fetch / raw fetch", versus("bare", "raw").text, "", ""],
      ["information: ours / bare openapi-fetch", versus("ours", "bare").text, "", ""],
    ];
    const markdown = [
      `A node:http server on 127.0.0.1 in its own process (\`tsx bench/throughput-server.ts\`) answers \`PUT /workspaces/ws_bench/members/usr_bench\` with a small JSON \`WorkspaceMemberResponse\` (≈150 bytes) after checking method, path, \`Authorization: Bearer …\`, content type and the body \`{"role":"owner"}\` (anything else is a 400 and fails the run). Each run is a fresh client process (\`tsx bench/throughput-client.ts\`, Node ${process.version}) that makes ${WARMUP_CALLS} untimed warm-up calls per client, then ${ctx.calls.toLocaleString("en-US")} timed sequential calls per client, awaiting each and checking \`role\` in the parsed result. The clients take turns in blocks of ${BLOCK} calls, the order rotating every round and the starting order every run, so that load from elsewhere on the machine hits all three alike; a client's time is the sum of its blocks. All three use the global \`fetch\` (undici, keep-alive by default) and the same connection pool.`,
      "",
      table(["client", "requests/s, median (min–max)", "vs raw fetch"], rows),
      "",
      table(["check", "result", "target", ""], checks),
      "",
      'Per call, ours builds the URL with openapi-fetch\'s `createFinalURL` and path serializer (its own query styles per parameter), checks path values, and calls `fetch(url, init)` itself: no `Request` object of its own, which undici would copy, body stream and all. Each attempt has an `AbortController` and a timer, so that a timeout ends the request or its body; the controllers are reused from attempts that ended unaborted (`src/runtime/attempt-controllers.ts`), since Node 20 spends about 10 µs making each new `AbortSignal` transferable, and undici registers every signal it is given with a `WeakRef` and a `FinalizationRegistry`: what is left of that is most of what ours costs over raw fetch. Redirects are followed by ours (`redirect: "manual"`) so that credentials stay with their origin, the body is read as text inside the timeout and parsed once, and retries and typed errors decide on what came back. Bare openapi-fetch builds a `Request` per call and hands it to fetch, which copies it.',
    ].join("\n");
    return { markdown, failures: [] };
  } finally {
    await stopHelper(server);
  }
}
