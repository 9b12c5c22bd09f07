/**
 * The clients in a real browser: a headless Chromium (chromium.ts says which) loads a page whose module is the
 * package (src/index.ts bundled by esbuild for the browser, nothing stubbed) and calls an API
 * on another origin, through CORS, as a web app would. Every call runs in the page; the test
 * reads the outcome back through `page.evaluate` and checks the server's side of the exchange.
 */
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import type * as Package from "../../src/index.js";
import type { WorkspaceMemberResponse } from "../../src/modbox.js";
import { type RecordedRequest, type ReplyHandler, type Reply, startServer, type TestServer } from "../helpers/server.js";
import { bundle } from "./bundle.js";
import { CHROMIUM_ARGS, chromiumExecutable } from "./chromium.js";

/** What the page's module leaves on `globalThis`; functions given to `page.evaluate` cast to it. */
interface PageGlobals {
  api: typeof Package;
  abort?: () => void;
  outcome?: Promise<unknown>;
}

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>api-clients in a browser</title>
<script type="module">
  import * as api from "/client.js";
  globalThis.api = api;
</script>
`;

const MEMBER: WorkspaceMemberResponse = {
  id: "6f1c2d9e-0b6a-4c1e-9d2f-3a4b5c6d7e8f",
  workspace_id: "0c6f4f7e-1d2b-4a3c-8e9f-a0b1c2d3e4f5",
  user_id: "usr_2",
  role: "admin",
  added_by: "usr_1",
  created_at: "2026-01-02T03:04:05Z",
};

const FORBIDDEN_ENVELOPE = {
  success: false,
  error: {
    code: "INSUFFICIENT_PERMISSIONS",
    message: "Only admins may change roles.",
    system_message: "forbidden",
    type: "authorization_error",
    status: 403,
    details: {},
    trace_id: "trace_42",
    timestamp: "2026-01-02T03:04:05Z",
  },
};

let browser: Browser | undefined;
let site: TestServer | undefined;
let page: Page;
let api: TestServer | undefined;
let pageErrors: string[] = [];

beforeAll(async () => {
  // Before anything else: a machine without a browser fails here, with one line saying what to install.
  const executablePath = await chromiumExecutable();
  const client = await bundle({ entry: "src/index.ts", platform: "browser" });
  site = await startServer((request): Reply => {
    if (request.url === "/") return { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: PAGE };
    if (request.url === "/client.js") return { status: 200, headers: { "content-type": "text/javascript; charset=utf-8" }, body: client.code };
    return { status: 404, body: "not found" };
  });
  browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

beforeEach(async () => {
  if (browser === undefined) throw new Error("Chromium did not start");
  page = await browser.newPage();
  pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(`${origin()}/`);
  await page.waitForFunction(() => "api" in globalThis);
});

afterEach(async () => {
  await page.close();
  await api?.close();
  api = undefined;
  expect(pageErrors, "uncaught errors in the page").toEqual([]);
});

function origin(): string {
  if (site === undefined) throw new Error("the page server did not start");
  return site.url;
}

/** An API server on a second port, so a second origin, that answers CORS preflights for the page's origin. */
async function serveApi(answer: ReplyHandler): Promise<TestServer> {
  const cors = {
    "access-control-allow-origin": origin(),
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE",
    "access-control-allow-headers": "authorization, content-type, x-api-key",
    "access-control-expose-headers": "x-request-id",
  };
  api = await startServer((request, index) => {
    if (request.method === "OPTIONS") return { status: 204, headers: cors };
    const reply = answer(request, index);
    return "fault" in reply ? reply : { ...reply, headers: { ...cors, ...reply.headers } };
  });
  return api;
}

const withMethod = (server: TestServer, method: string): RecordedRequest[] => server.requests.filter((request) => request.method === method);

describe("in Chromium, across origins", () => {
  it("a call succeeds after the CORS preflight and returns the typed body", async () => {
    const server = await serveApi(() => ({ status: 200, body: MEMBER }));
    const member = await page.evaluate(async (baseUrl) => {
      const { api } = globalThis as unknown as PageGlobals;
      const modbox = new api.Modbox({ token: "tok_browser", baseUrl });
      return modbox.workspaces.updateWorkspaceMemberRole("ws_1", "usr_2", { role: "admin" });
    }, server.url);

    expectTypeOf(member).toEqualTypeOf<WorkspaceMemberResponse>();
    expect(member).toEqual(MEMBER);
    const [preflight] = withMethod(server, "OPTIONS");
    expect(preflight?.headers).toMatchObject({ origin: origin(), "access-control-request-method": "PUT" });
    expect(preflight?.headers["access-control-request-headers"]?.split(",").sort()).toEqual(["authorization", "content-type"]);
    const [put] = withMethod(server, "PUT");
    expect(put?.url).toBe("/workspaces/ws_1/members/usr_2");
    expect(put?.headers).toMatchObject({ origin: origin(), authorization: "Bearer tok_browser", "content-type": "application/json" });
    expect(JSON.parse(put?.body ?? "")).toEqual({ role: "admin" });
  });

  it("a 403 from Aitronos is a PermissionDeniedError and an AitronosError, with status, body and envelope fields", async () => {
    const server = await serveApi(() => ({ status: 403, headers: { "x-request-id": "req_7" }, body: FORBIDDEN_ENVELOPE }));
    const caught = await page.evaluate(async (baseUrl) => {
      const { api } = globalThis as unknown as PageGlobals;
      try {
        await new api.Aitronos({ apiKey: "key_browser", baseUrl }).crewManagementMembers.updateMember("org_1", "usr_2", { role_id: "role_admin" });
        return "resolved";
      } catch (error) {
        if (!(error instanceof api.AitronosError)) return `not an AitronosError: ${String(error)}`;
        return {
          permissionDenied: error instanceof api.PermissionDeniedError,
          modboxError: error instanceof api.ModboxError,
          name: error.name,
          message: error.message,
          status: error.status,
          body: error.body,
          code: error.code,
          type: error.type,
          traceId: error.traceId,
          requestId: error.requestId,
        };
      }
    }, server.url);

    expect(caught).toEqual({
      permissionDenied: true,
      modboxError: false,
      name: "PermissionDeniedError",
      message: "403 Only admins may change roles.",
      status: 403,
      body: FORBIDDEN_ENVELOPE,
      code: "INSUFFICIENT_PERMISSIONS",
      type: "authorization_error",
      traceId: "trace_42",
      requestId: "req_7",
    });
    expect(withMethod(server, "PUT")).toHaveLength(1);
    expect(withMethod(server, "PUT")[0]?.headers["x-api-key"]).toBe("key_browser");
  });

  it("a 403 from Modbox is a PermissionDeniedError and a ModboxError", async () => {
    const server = await serveApi(() => ({ status: 403, body: { detail: "Not a workspace admin." } }));
    const caught = await page.evaluate(async (baseUrl) => {
      const { api } = globalThis as unknown as PageGlobals;
      try {
        await new api.Modbox({ token: "tok_browser", baseUrl }).workspaces.updateWorkspaceMemberRole("ws_1", "usr_2", { role: "viewer" });
        return "resolved";
      } catch (error) {
        if (!(error instanceof api.ModboxError)) return `not a ModboxError: ${String(error)}`;
        return {
          permissionDenied: error instanceof api.PermissionDeniedError,
          aitronosError: error instanceof api.AitronosError,
          status: error.status,
          body: error.body,
          message: error.message,
        };
      }
    }, server.url);

    expect(caught).toEqual({
      permissionDenied: true,
      aitronosError: false,
      status: 403,
      body: { detail: "Not a workspace admin." },
      message: "403 Not a workspace admin.",
    });
  });

  it("aborting through an AbortController ends the call with APIUserAbortError, without a retry", async () => {
    const server = await serveApi(() => ({ fault: "stall" }));
    await page.evaluate((baseUrl) => {
      const scope = globalThis as unknown as PageGlobals;
      const controller = new AbortController();
      scope.abort = () => controller.abort();
      scope.outcome = new scope.api.Modbox({ token: "tok_browser", baseUrl }).workspaces
        .updateWorkspaceMemberRole("ws_1", "usr_2", { role: "admin" }, { signal: controller.signal })
        .then(
          () => "resolved",
          (error: unknown) => ({
            userAbort: error instanceof scope.api.APIUserAbortError,
            clientError: error instanceof scope.api.ClientError,
            apiError: error instanceof scope.api.APIError,
            name: error instanceof Error ? error.name : typeof error,
          }),
        );
    }, server.url);
    // Abort only once the request is on the wire: the abort must cancel a fetch in flight.
    await vi.waitFor(() => expect(withMethod(server, "PUT")).toHaveLength(1), { timeout: 5_000 });
    await page.evaluate(() => (globalThis as unknown as PageGlobals).abort?.());
    const outcome = await page.evaluate(() => (globalThis as unknown as PageGlobals).outcome);

    expect(outcome).toEqual({ userAbort: true, clientError: true, apiError: false, name: "APIUserAbortError" });
    expect(withMethod(server, "PUT")).toHaveLength(1);
  });
});
