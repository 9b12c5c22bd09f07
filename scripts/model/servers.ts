/** Where the client sends requests by default. */
import { type Json, record } from "../document/json.js";

/** The first server's URL, its `{variables}` replaced by their defaults. */
export function firstServerUrl(document: Json): string {
  const [first] = Array.isArray(document.servers) ? document.servers : [];
  const server = record(first);
  if (typeof server.url !== "string") return "";
  const variables = record(server.variables);
  const url = server.url.replace(/\{([^{}]+)\}/g, (match, name: string) => {
    const fallback = record(variables[name]).default;
    return typeof fallback === "string" ? fallback : match;
  });
  return url.replace(/\/+$/, "");
}
