// The pages section's server, in its own process: GET /cursor?limit=100[&cursor=c<n>] answers
// page n of 10,000 items (`{ items, next_cursor }`, the last page's cursor null), as the
// `listByCursor` operation of test/fixtures/constructs/pages.yaml declares. Anything else (a
// wrong cursor, limit or token) is a 400, which both loops treat as a failure. The bodies are
// built once, so the server's own cost is the same for every request. Prints "port <n>".
import { createServer } from "node:http";

const ITEMS = 10_000;
const PAGE = 100;
const PAGES = ITEMS / PAGE;

const bodies = Array.from({ length: PAGES }, (_, page) => {
  const items = Array.from({ length: PAGE }, (_, index) => {
    const n = page * PAGE + index + 1;
    return { id: `item_${String(n).padStart(5, "0")}`, name: `Item number ${n}` };
  });
  return JSON.stringify({ items, next_cursor: page + 1 < PAGES ? `c${page + 1}` : null });
});

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://bench");
  const cursor = url.searchParams.get("cursor");
  const page = cursor === null ? 0 : Number(/^c(\d+)$/.exec(cursor)?.[1] ?? Number.NaN);
  const body = bodies[page];
  const ok =
    request.method === "GET" &&
    url.pathname === "/cursor" &&
    url.searchParams.get("limit") === String(PAGE) &&
    request.headers.authorization === "Bearer bench-token" &&
    body !== undefined;
  if (!ok) {
    const problem = JSON.stringify({ method: request.method, url: request.url, authorization: request.headers.authorization });
    process.stderr.write(`unexpected request: ${problem}\n`);
    response.writeHead(400, { "content-type": "application/json" }).end(problem);
    return;
  }
  response.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) }).end(body);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`port ${typeof address === "object" && address !== null ? address.port : 0}\n`);
});
