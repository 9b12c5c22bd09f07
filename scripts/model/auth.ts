/** Credentials: the client options a document's security schemes become, and which operations need them. */
import { camelCase, NameScope } from "../emit/names.js";
import { compareCodeUnits, type Json, record } from "../document/json.js";
import { resolve } from "../document/refs.js";
import type { AuthModel } from "./api-model.js";

/**
 * One client option per way of authenticating: `token` for bearer-like schemes (http bearer,
 * oauth2, openIdConnect all send `Authorization: Bearer`), `username`/`password` for http
 * basic, `apiKey` for the first apiKey scheme (header before query before cookie) and the
 * scheme's own name for any other. `optionOf` maps each scheme key to its option.
 */
export function authModels(document: Json): { models: AuthModel[]; optionOf: Map<string, string> } {
  const schemes = record(record(document.components).securitySchemes);
  const models: AuthModel[] = [];
  const optionOf = new Map<string, string>();
  const options = new NameScope(["baseUrl", "fetch", "timeout", "maxRetries", "headers", "token", "username", "password"]);
  const keys = Object.keys(schemes).sort(compareCodeUnits);
  for (const key of keys) {
    const scheme = resolve(document, schemes[key]);
    const httpScheme = String(scheme.scheme ?? "").toLowerCase();
    if ((scheme.type === "http" && httpScheme === "bearer") || scheme.type === "oauth2" || scheme.type === "openIdConnect") {
      if (!models.some((model) => model.kind === "bearer")) models.push({ kind: "bearer", option: "token" });
      optionOf.set(key, "token");
    } else if (scheme.type === "http" && httpScheme === "basic") {
      if (!models.some((model) => model.kind === "basic")) models.push({ kind: "basic", option: "username", passwordOption: "password" });
      optionOf.set(key, "username");
    }
  }
  // The plain `apiKey` option goes to the most common place for a key: a header, then the query, then a cookie.
  const placeOrder = ["header", "query", "cookie"];
  const apiKeySchemes = keys
    .map((key) => ({ key, scheme: resolve(document, schemes[key]) }))
    .filter(({ scheme }) => scheme.type === "apiKey" && placeOrder.includes(String(scheme.in)) && typeof scheme.name === "string")
    .sort((a, b) => placeOrder.indexOf(String(a.scheme.in)) - placeOrder.indexOf(String(b.scheme.in)));
  apiKeySchemes.forEach(({ key, scheme }, index) => {
    const option = options.claim(index === 0 ? "apiKey" : camelCase(key));
    models.push({ kind: "apiKey", option, in: scheme.in as "header" | "query" | "cookie", name: String(scheme.name) });
    optionOf.set(key, option);
  });
  return { models, optionOf };
}

/** Parameter keys (`header:authorization`, `query:api_key`) the client fills from its credential options. */
export function credentialParameters(auth: readonly AuthModel[]): Set<string> {
  return new Set(auth.map((scheme) => (scheme.kind === "apiKey" ? `${scheme.in}:${scheme.name.toLowerCase()}` : "header:authorization")));
}

/** Whether an operation's security leaves no way in without credentials: no `{}`, no `security: []`. */
export function needsAuth(security: unknown): boolean {
  if (!Array.isArray(security)) return false;
  return security.length > 0 && security.every((requirement) => Object.keys(record(requirement)).length > 0);
}

/**
 * Security requirements as alternatives of client options: `[{ oauth: [] }, { key: [] }]` →
 * `[["token"], ["apiKey"]]`. An alternative naming a scheme we cannot send (mutualTLS, digest)
 * is dropped; `{}` stays as `[]`, "no credentials needed".
 */
export function securityOptions(security: unknown, optionOf: Map<string, string>): string[][] {
  const alternatives: string[][] = [];
  for (const requirement of Array.isArray(security) ? security : []) {
    const schemes = Object.keys(record(requirement));
    const options = schemes.map((scheme) => optionOf.get(scheme));
    if (options.every((option) => option !== undefined)) alternatives.push([...new Set(options as string[])]);
  }
  return alternatives;
}
