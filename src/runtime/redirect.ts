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

/** A request as sent: its URL and its fetch options, headers as a record or `Headers`, body reusable. */
export interface Hop {
  url: string;
  init: RequestInit;
}

/**
 * Sends `first`, following up to 20 redirects the way the Fetch standard does, except that
 * every header named in `sensitiveHeaders` is removed once the request leaves its first origin,
 * and stays removed. `first.init` asks for `redirect: "manual"`, so that each hop comes back
 * here. The body must be one that can be sent again (a string, Blob, FormData, bytes), as every
 * body the transport encodes is: a 307 or 308 sends it again as it is.
 */
export async function fetchFollowingRedirects(
  first: Hop,
  send: (url: string, init: RequestInit) => Promise<Response>,
  sensitiveHeaders: ReadonlySet<string>,
): Promise<Response> {
  let current = first;
  for (let redirects = 0; ; redirects++) {
    const response = await send(current.url, current.init);
    // Most answers are no redirect: nothing else is read or allocated for them.
    if (!REDIRECT_STATUSES.has(response.status)) return response;
    const location = response.headers.get("location");
    if (location === null) return response;
    // The redirect's own body is not wanted; release the connection.
    await response.body?.cancel().catch(() => {});
    if (redirects === MAX_REDIRECTS) throw new RedirectError(`more than ${MAX_REDIRECTS} redirects`);
    const target = new URL(location, current.url);
    if (target.protocol !== "http:" && target.protocol !== "https:") {
      throw new RedirectError(`redirect to a ${target.protocol} URL refused`);
    }
    current = nextHop(current, response.status, target, new URL(first.url).origin, sensitiveHeaders);
  }
}

function nextHop(previous: Hop, status: number, target: URL, origin: string, sensitiveHeaders: ReadonlySet<string>): Hop {
  const method = previous.init.method ?? "GET";
  const headers = new Headers(previous.init.headers);
  // 303 always, and 301/302 after a POST, turn into a GET without a body (Fetch standard, step 12).
  const becomesGet = (status === 303 && method !== "GET" && method !== "HEAD") || ((status === 301 || status === 302) && method === "POST");
  if (becomesGet) for (const name of BODY_HEADERS) headers.delete(name);
  // A 307 or 308 would send the body again: to another origin it may carry what the caller
  // meant only for this API (a password, a payment), so it is refused rather than sent.
  if (!becomesGet && previous.init.body != null && target.origin !== origin) {
    throw new RedirectError(`a ${status} to ${target.origin} would send the ${method} request's body to another origin; refused`);
  }
  if (target.origin !== origin) for (const name of sensitiveHeaders) headers.delete(name);
  return {
    url: target.href,
    init: { ...previous.init, method: becomesGet ? "GET" : method, headers, body: becomesGet ? null : previous.init.body },
  };
}
