// The throughput section's server, in its own process so it does not share the clients' event
// loop: PUT /workspaces/{workspace_id}/members/{target_user_id} with {"role":"owner"} answers a
// small WorkspaceMemberResponse; anything else is a 400, which every client treats as a failure.
// Prints "port <n>" on stdout once listening.
import { createServer } from "node:http";

const PATH = /^\/workspaces\/ws_bench\/members\/usr_bench$/;
const BODY = JSON.stringify({
  added_by: "usr_admin",
  created_at: "2024-01-01T00:00:00Z",
  id: "0b6c1b6e-4c1e-4b8e-9a53-6d2f0f1f1a11",
  role: "owner",
  user_id: "usr_bench",
  workspace_id: "ws_bench",
});
const HEADERS = { "content-type": "application/json", "content-length": String(Buffer.byteLength(BODY)) };

let served = 0;
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString();
    const ok =
      request.method === "PUT" &&
      PATH.test(request.url ?? "") &&
      request.headers.authorization === "Bearer bench-token" &&
      /json/.test(request.headers["content-type"] ?? "") &&
      body === '{"role":"owner"}';
    if (!ok) {
      const problem = JSON.stringify({
        method: request.method,
        url: request.url,
        authorization: request.headers.authorization,
        contentType: request.headers["content-type"],
        body,
      });
      process.stderr.write(`unexpected request: ${problem}\n`);
      response.writeHead(400, { "content-type": "application/json" }).end(problem);
      return;
    }
    served++;
    response.writeHead(200, HEADERS).end(BODY);
  });
});
// Node's default keep-alive timeout (5 s) is far longer than the gap between two sequential calls.
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`port ${typeof address === "object" && address !== null ? address.port : 0}\n`);
});
const stop = () => {
  process.stderr.write(`served ${served}\n`);
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
