/**
 * Listening on 127.0.0.1 for the tests' own servers: an ephemeral port, and a close that does not
 * wait for open connections (server.close() alone does, and a stalled exchange would hang the run).
 */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface Loopback {
  url: string;
  close(): Promise<void>;
}

export async function listenOnLoopback(listener: RequestListener): Promise<Loopback> {
  const sockets = new Set<Socket>();
  const server = createServer(listener);
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
