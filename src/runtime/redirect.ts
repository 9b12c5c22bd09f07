/**
 * Redirects, followed by us rather than by fetch, so that credentials never reach another
 * origin. Fetch implementations drop `Authorization` on a cross-origin redirect (Fetch
 * standard, "HTTP-redirect fetch") but keep every other header: Node's fetch forwards an
 * `X-API-Key` to whatever host a redirect names. Here every header that carries a credential
 * (the spec's apiKey headers among them) is dropped as soon as the origin changes.
 */

/** Headers that carry credentials whatever the spec says. Lower case, as `Headers` keys are. */
export const ALWAYS_SENSITIVE_HEADERS: readonly string[] = ["authorization", "proxy-authorization", "cookie", "x-api-key"];

/** The Fetch standard's limit: a 21st redirect is a network error. */
const MAX_REDIRECTS = 20;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Headers that describe a body; dropped with the body when a redirect turns the request into a GET. */
const BODY_HEADERS = ["content-type", "content-length", "content-encoding", "content-language", "content-location"];

export class RedirectError extends Error {
  override name = "RedirectError";
}

/**
 * Whether this runtime lets a program see a redirect's target. Browsers answer
 * `redirect: "manual"` with an opaque response, and they already keep credentials to
 * their origin (CORS preflights for custom headers, cookies per origin), so there fetch
 * follows redirects itself.
 */
export function canFollowRedirectsManually(): boolean {
  const scope = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return scope.document === undefined && scope.WorkerGlobalScope === undefined;
}

/**
 * Sends `request`, following up to 20 redirects the way the Fetch standard does, except
 * that every header named in `sensitiveHeaders` is removed once the request leaves its
 * first origin, and stays removed. `body` is the request's body as the caller encoded it, when
 * that value can be sent again (a string, Blob, FormData, bytes): then no copy is made.
 */
export async function fetchFollowingRedirects(
  request: Request,
  send: (request: Request) => Promise<Response>,
  sensitiveHeaders: ReadonlySet<string>,
  body?: BodyInit,
): Promise<Response> {
  const origin = new URL(request.url).origin;
  // What a 307/308 sends again. A stream can be read only once, so without a reusable body the
  // request's stream is copied, before the first send reads it.
  let replay: BodyInit | null = body ?? (request.body === null ? null : request.clone().body);
  // The transport asks for manual redirects up front; a request from elsewhere is made so here.
  let current = request.redirect === "manual" ? request : new Request(request, { redirect: "manual" });
  for (let redirects = 0; ; redirects++) {
    const response = await send(current);
    const location = response.headers.get("location");
    if (!REDIRECT_STATUSES.has(response.status) || location === null) return response;
    // The redirect's own body is not wanted; release the connection.
    await response.body?.cancel().catch(() => {});
    if (redirects === MAX_REDIRECTS) throw new RedirectError(`more than ${MAX_REDIRECTS} redirects`);
    const target = new URL(location, current.url);
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      throw new RedirectError(`redirect to a ${target.protocol} URL refused`);
    }
    const next = nextRequest(current, replay, response.status, target, origin, sensitiveHeaders);
    if (body === undefined) replay = next.body === null ? null : next.clone().body;
    current = next;
  }
}

function nextRequest(previous: Request, replay: BodyInit | null, status: number, target: URL, origin: string, sensitiveHeaders: ReadonlySet<string>): Request {
  const headers = new Headers(previous.headers);
  // 303 always, and 301/302 after a POST, turn into a GET without a body (Fetch standard, step 12).
  const becomesGet =
    (status === 303 && previous.method !== "GET" && previous.method !== "HEAD") || ((status === 301 || status === 302) && previous.method === "POST");
  if (becomesGet) for (const name of BODY_HEADERS) headers.delete(name);
  if (target.origin !== origin) for (const name of sensitiveHeaders) headers.delete(name);
  return new Request(target, {
    method: becomesGet ? "GET" : previous.method,
    headers,
    body: becomesGet ? null : replay,
    redirect: "manual",
    signal: previous.signal,
    // Node's fetch needs this for a streamed body; other runtimes ignore it.
    ...(!becomesGet && replay instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}
