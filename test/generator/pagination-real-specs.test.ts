// Page recognition on real specs: trimmed excerpts of Stripe, Slack, Jira and Microsoft Graph
// (test/fixtures/pagination/, each saying where it is from), and GitHub's whole description
// from @octokit/openapi. The counts over the whole documents are in docs/pages-and-streams.md.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { operationsOf } from "../../scripts/document/operations.js";
import { paginationOf } from "../../scripts/model/pagination.js";
import type { PaginationStrategy } from "../../src/runtime/pagination-strategy.js";
import { REPO_ROOT } from "../helpers/cli.js";

type Json = Record<string, unknown>;

async function fixture(name: string): Promise<Json> {
  return parse(await readFile(join(REPO_ROOT, "test/fixtures/pagination", name), "utf8")) as Json;
}

/** Each operation's strategy by operationId. */
function strategies(document: Json, only?: ReadonlySet<string>): Record<string, PaginationStrategy | undefined> {
  const entries = operationsOf(document).filter((entry) => only === undefined || only.has(String(entry.node.operationId)));
  return Object.fromEntries(entries.map((entry) => [String(entry.node.operationId), paginationOf(document, entry, undefined).strategy]));
}

const cases: [string, { file: string; want: Record<string, PaginationStrategy | undefined> }][] = [
  [
    "GitHub: a declared Link header; page/per_page where the spec declares none; a cursor only the Link header carries",
    {
      file: "github.yaml",
      want: {
        "repos/list-for-org": { style: "link", source: "header", items: [] },
        "activity/list-public-events": { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
        "apps/list-webhook-deliveries": undefined,
      },
    },
  ],
  [
    "Stripe: starting_after with has_more; search's next_page cursor in `page`",
    {
      file: "stripe.yaml",
      want: {
        GetCustomers: { style: "after", afterParam: "starting_after", idField: "id", hasMore: ["has_more"], items: ["data"] },
        GetCustomersSearch: { style: "cursor", cursorParam: "page", nextCursor: ["next_page"], hasMore: ["has_more"], items: ["data"] },
      },
    },
  ],
  [
    "Slack: response_metadata.next_cursor; the legacy page/count; a cursor the spec misdeclares",
    {
      file: "slack.yaml",
      want: {
        conversations_list: { style: "cursor", cursorParam: "cursor", nextCursor: ["response_metadata", "next_cursor"], items: ["channels"] },
        reactions_list: { style: "page", pageParam: "page", sizeParam: "count", totalPages: ["paging", "pages"], total: ["paging", "total"], items: ["items"] },
        users_list: undefined,
      },
    },
  ],
  [
    "Jira: startAt/maxResults (integers or strings), a top-level array, a `next` URL",
    {
      file: "jira.yaml",
      want: {
        searchProjects: { style: "offset", offsetParam: "startAt", limitParam: "maxResults", total: ["total"], items: ["values"] },
        searchPriorities: { style: "offset", offsetParam: "startAt", limitParam: "maxResults", total: ["total"], items: ["values"] },
        findUsers: { style: "offset", offsetParam: "startAt", limitParam: "maxResults", items: [] },
        getFailedWebhooks: { style: "link", source: ["next"], items: ["values"] },
      },
    },
  ],
  [
    "Microsoft Graph: @odata.nextLink through allOf, a 2XX response behind a $ref",
    { file: "graph.yaml", want: { "users.user.ListUser": { style: "link", source: ["@odata.nextLink"], items: ["value"] } } },
  ],
];

describe("real specs, trimmed", () => {
  it.each(cases)("%s", async (_name, { file, want }) => {
    expect(strategies(await fixture(file))).toEqual(want);
  });

  it("Slack: clients.config.json fills in the cursor the spec misdeclares", async () => {
    const document = await fixture("slack.yaml");
    const entry = operationsOf(document).find((candidate) => candidate.node.operationId === "users_list");
    if (entry === undefined) throw new Error("no users_list");
    const setting = { style: "cursor", cursorParam: "cursor", nextCursor: ["response_metadata", "next_cursor"] } as const;
    const { strategy, warnings } = paginationOf(document, entry, { operations: { users_list: setting } });
    expect({ strategy, warnings }).toEqual({ strategy: { ...setting, items: ["members"] }, warnings: [] });
  });
});

describe("GitHub's whole description (@octokit/openapi)", () => {
  const require = createRequire(import.meta.url);
  const path = require.resolve("@octokit/openapi/generated/api.github.com.json");

  it("pages its list operations by the Link header it declares", async () => {
    const document = JSON.parse(await readFile(path, "utf8")) as Json;
    const found = strategies(document, new Set(["repos/list-for-org", "issues/list-for-repo", "pulls/list", "repos/get"]));
    expect(found).toEqual({
      "repos/list-for-org": { style: "link", source: "header", items: [] },
      "issues/list-for-repo": { style: "link", source: "header", items: [] },
      "pulls/list": { style: "link", source: "header", items: [] },
      "repos/get": undefined,
    });
  });
});
