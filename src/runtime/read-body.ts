/**
 * Response bodies, read whole inside the attempt's timeout: a body cut off mid-way is a
 * connection error, and JSON that does not parse is an APIError that carries the raw text.
 */
import { APIError } from "../core/errors.js";
import type { ResponseType } from "./types.js";

/** A success body as the operation declares it: parsed JSON (text when the server sends no JSON), text, or a Blob. */
export async function readSuccessBody(response: Response, responseType: ResponseType): Promise<unknown> {
  // 204 is "no content" whatever is declared; a declared text or binary body that arrives
  // empty is still one (`""`, an empty Blob).
  if (response.status === 204) return undefined;
  if (responseType === "blob") return response.blob();
  const text = await response.text();
  if (responseType === "text") return text;
  if (text === "") return undefined;
  if (!/\bjson\b/i.test(response.headers.get("content-type") ?? "")) return text;
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new APIError(response.status, response.headers, text, `${response.status} invalid JSON in response body`, undefined, { cause });
  }
}

/** An error body for `APIError.body`: the parsed JSON when it is JSON, else the raw text; undefined when empty. */
export async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  // Servers label error bodies loosely (JSON as text/plain, HTML as JSON), so the text decides.
  return parseJsonOr(text);
}

function parseJsonOr(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON (an HTML error page, a plain message): the text itself is the body.
    return text;
  }
}
