// The clients generated from the real extracts (test/fixtures/realworld/) compile strictly, and
// what `for await` gives is the item type their documents declare: Stripe's `webhook_endpoint`,
// Slack's member ids, Jira's label strings, Graph's `microsoft.graph.localeInfo`, Clever Cloud's
// `NetworkGroup` event data. One tsc run over all of them (a compiler start costs seconds).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runtimeImportFor } from "../../scripts/clients.js";
import { diagnosticsFor, type GeneratedClient, generateInto, REPO_ROOT, removeGroup, type TscRun, typecheck, writeConsumer } from "./harness.js";

const GROUP = "real-item-types";

/** Per extract: the class, and a consumer body asserting the item types (`Equal` and `ItemOf` are in scope). */
const CONSUMERS: Record<string, { className: string; body: string }> = {
  stripe: {
    className: "Stripe",
    body: `
const stripe = new Stripe({ token: "sk_test" });
const _item: Equal<ItemOf<ReturnType<typeof stripe.getWebhookEndpoints>>, components["schemas"]["webhook_endpoint"]> = true;
const _page: Equal<Awaited<ReturnType<typeof stripe.getWebhookEndpoints>>["has_more"], boolean> = true;
// @ts-expect-error limit is a number
stripe.getWebhookEndpoints({ limit: "2" });`,
  },
  slack: {
    className: "Slack",
    body: `
const slack = new Slack({ token: "xoxb" });
const _item: Equal<ItemOf<ReturnType<typeof slack.conversations.conversationsMembers>>, string> = true;`,
  },
  jira: {
    className: "Jira",
    body: `
const jira = new Jira({ username: "u", password: "p" });
const _item: Equal<ItemOf<ReturnType<typeof jira.labels.getAllLabels>>, string> = true;`,
  },
  graph: {
    className: "Graph",
    body: `
const graph = new Graph();
const _item: Equal<ItemOf<ReturnType<typeof graph.meFunctions.meOutlookSupportedLanguages>>, components["schemas"]["microsoft.graph.localeInfo"]> = true;`,
  },
  "clever-cloud": {
    className: "CleverCloud",
    body: `
const cleverCloud = new CleverCloud();
type Events = Awaited<ReturnType<typeof cleverCloud.all.getNetworkGroupStream>>;
const _item: Equal<Events, Stream<components["schemas"]["NetworkGroup"]>> = true;`,
  },
};

let run: TscRun | undefined;
const generated: Record<string, GeneratedClient> = {};

beforeAll(async () => {
  const files: string[] = [];
  for (const [folder, { className, body }] of Object.entries(CONSUMERS)) {
    const client = await generateInto(GROUP, folder, className, `test/fixtures/realworld/${folder}.json`);
    generated[folder] = client;
    const runtime = await runtimeImportFor(REPO_ROOT, client.dir);
    const source = `
import type { Stream } from "${runtime}";
import { ${className}, type components } from "./index.js";
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type ItemOf<P> = P extends AsyncIterable<infer T> ? T : never;
${body}`;
    files.push(join(client.dir, "index.ts"), await writeConsumer(client, source));
  }
  run = await typecheck(files);
}, 240_000);

afterAll(async () => {
  await removeGroup(GROUP);
});

describe.each(Object.keys(CONSUMERS))("%s", (folder) => {
  it("compiles strictly, and iterates the item type its document declares", () => {
    const client = generated[folder];
    if (run === undefined || client === undefined) throw new Error("setup failed");
    expect(diagnosticsFor(run, client.dir).join("\n")).toBe("");
  });
});
