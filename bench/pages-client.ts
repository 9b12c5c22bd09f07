// One run of the pages section, in a fresh process: every item of a 10,000-item list in pages
// of 100, through our generated client's `for await` (the `listByCursor` method of the pages
// construct, test/constructs/generated/pages/) and through a loop written by hand over bare
// openapi-fetch calls on the same paths type, each warmed up, then timed over interleaved rounds.
// Prints one JSON line on stdout: { "<loop>": { "ms": …, "items": … }, … }.
import { parseArgs } from "node:util";
import createClient from "openapi-fetch";
import type { paths } from "../test/constructs/generated/pages/schema.js";
import { Pages } from "../test/constructs/generated/pages/index.js";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    rounds: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    order: { type: "string", default: "bare,ours" },
  },
});
const baseUrl = `http://127.0.0.1:${Number(values.port)}`;
const TOKEN = "bench-token";
const ITEMS = 10_000;
const LIMIT = 100;

/** One pass over the whole list; returns how many items it saw (checked, so no loop can skip work). */
type Loop = () => Promise<number>;

function check(seen: number, lastId: string | undefined, who: string): number {
  if (seen !== ITEMS || lastId !== "item_10000") throw new Error(`${who}: saw ${seen} items ending with ${lastId}, expected ${ITEMS} ending with item_10000`);
  return seen;
}

const pages = new Pages({ token: TOKEN, baseUrl, maxRetries: 0 });
const ours: Loop = async () => {
  let seen = 0;
  let lastId: string | undefined;
  for await (const item of pages.items.listByCursor({ limit: LIMIT })) {
    seen++;
    lastId = item.id;
  }
  return check(seen, lastId, "ours");
};

const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${TOKEN}` } });
const bare: Loop = async () => {
  let seen = 0;
  let lastId: string | undefined;
  let cursor: string | undefined;
  do {
    const { data, response } = await client.GET("/cursor", { params: { query: { limit: LIMIT, cursor } } });
    // The operation declares no error response: openapi-fetch leaves `data` undefined on one.
    if (data === undefined) throw new Error(`openapi-fetch: HTTP ${response.status}`);
    for (const item of data.items) {
      seen++;
      lastId = item.id;
    }
    cursor = data.next_cursor ?? undefined;
  } while (cursor !== undefined);
  return check(seen, lastId, "bare openapi-fetch");
};

const LOOPS: Record<string, Loop> = { bare, ours };

const order = String(values.order).split(",");
for (const name of order) if (LOOPS[name] === undefined) throw new Error(`unknown loop "${name}"`);
for (let i = 0; i < Number(values.warmup); i++) for (const name of order) await (LOOPS[name] as Loop)();
const results: Record<string, { ms: number; items: number }> = Object.fromEntries(order.map((name) => [name, { ms: 0, items: 0 }]));
// Interleaved (bare, ours, then ours, bare, …) so that load from elsewhere hits both alike.
for (let round = 0; round < Number(values.rounds); round++) {
  for (let i = 0; i < order.length; i++) {
    const name = order[(round + i) % order.length] as string;
    const started = performance.now();
    const items = await (LOOPS[name] as Loop)();
    const result = results[name] as { ms: number; items: number };
    result.ms += performance.now() - started;
    result.items += items;
  }
}
process.stdout.write(`${JSON.stringify(results)}\n`);
