// One throughput run, in a fresh process: the same PUT through raw fetch, bare openapi-fetch and
// our Modbox client, each warmed up then timed over N sequential calls (in interleaved blocks).
// Prints one JSON line on stdout: { "<client>": { "ms": …, "calls": … }, … }.
import { parseArgs } from "node:util";
import createClient from "openapi-fetch";
import type { paths } from "../generated/modbox/schema.js";
import { Modbox } from "../src/modbox.js";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    calls: { type: "string", default: "5000" },
    warmup: { type: "string", default: "500" },
    order: { type: "string", default: "raw,bare,ours" },
    block: { type: "string", default: "250" },
  },
});
const baseUrl = `http://127.0.0.1:${Number(values.port)}`;
const calls = Number(values.calls);
const warmup = Number(values.warmup);
const WORKSPACE = "ws_bench";
const USER = "usr_bench";
const TOKEN = "bench-token";

type Call = () => Promise<void>;

function check(role: string | undefined, who: string): void {
  if (role !== "owner") throw new Error(`${who}: unexpected response role ${JSON.stringify(role)}`);
}

const raw: Call = async () => {
  const response = await fetch(`${baseUrl}/workspaces/${encodeURIComponent(WORKSPACE)}/members/${encodeURIComponent(USER)}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ role: "owner" }),
  });
  if (!response.ok) throw new Error(`raw fetch: HTTP ${response.status} ${await response.text()}`);
  check(((await response.json()) as { role?: string }).role, "raw fetch");
};

const client = createClient<paths>({ baseUrl });
const bare: Call = async () => {
  const { data, error, response } = await client.PUT("/workspaces/{workspace_id}/members/{target_user_id}", {
    // The spec declares Authorization as a required header parameter.
    params: { path: { workspace_id: WORKSPACE, target_user_id: USER }, header: { Authorization: `Bearer ${TOKEN}` } },
    body: { role: "owner" },
  });
  if (error !== undefined || data === undefined) throw new Error(`openapi-fetch: HTTP ${response.status} ${JSON.stringify(error)}`);
  check(data.role, "openapi-fetch");
};

const modbox = new Modbox({ token: TOKEN, baseUrl });
const ours: Call = async () => {
  const member = await modbox.workspaces.updateWorkspaceMemberRole(WORKSPACE, USER, { role: "owner" });
  check(member.role, "ours");
};

const CLIENTS: Record<string, Call> = { raw, bare, ours };

async function time(call: Call, count: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await call();
  return performance.now() - started;
}

// Interleaved in blocks (raw, bare, ours, then bare, ours, raw, …) so that a burst of load from
// elsewhere on the machine hits every client alike; each client's time is the sum of its blocks.
const order = String(values.order).split(",");
for (const name of order) if (CLIENTS[name] === undefined) throw new Error(`unknown client "${name}"`);
for (const name of order) await time(CLIENTS[name] as Call, warmup);
const block = Math.min(Number(values.block), calls);
const results: Record<string, { ms: number; calls: number }> = Object.fromEntries(order.map((name) => [name, { ms: 0, calls: 0 }]));
for (let round = 0; results[order[0] as string]!.calls < calls; round++) {
  for (let i = 0; i < order.length; i++) {
    const name = order[(round + i) % order.length] as string;
    const result = results[name]!;
    const count = Math.min(block, calls - result.calls);
    result.ms += await time(CLIENTS[name] as Call, count);
    result.calls += count;
  }
}
process.stdout.write(`${JSON.stringify(results)}\n`);
