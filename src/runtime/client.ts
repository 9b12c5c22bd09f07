import { type APIError, ClientError } from "../core/errors.js";
import type { Hooks } from "./hooks.js";
import { isLogLevel, LOG_LEVELS, type Logger, type LogLevel, levelled } from "./logger.js";
import { secretsIn } from "./redact.js";
import { Transport } from "./transport.js";
import type { ResolvedCredentials, SecurityRequirements } from "./types.js";

/** Options every generated client accepts. */
export interface ClientOptions {
  /** Root URL of the API. @default the first `servers` entry of the spec */
  baseUrl?: string;
  /** The fetch implementation to use. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /** Milliseconds before one attempt (reading its body included) is abandoned. @default 60000 */
  timeout?: number;
  /** Retries after the first attempt for idempotent methods. @default 2 */
  maxRetries?: number;
  /** Retry POST and PATCH too; only safe when the server makes them idempotent. @default false */
  retryNonIdempotent?: boolean;
  /** Headers sent with every request. @default {} */
  headers?: Record<string, string>;
  /** Which request lines to log: method, URL, status, attempt, timing; credentials redacted. @default "off" */
  logLevel?: LogLevel;
  /** Where those lines go. @default console */
  logger?: Logger;
}

/**
 * A credential option's value: the credential, or a function that gives it, called (and
 * awaited) on every attempt of every request, so that a token that expires can be refreshed.
 */
export type Credential = string | (() => string | Promise<string>);

/** The credential options of the common security schemes; a spec with several apiKey schemes adds more. */
export interface Credentials {
  /** Sent as `Authorization: Bearer <token>` (http bearer, oauth2, openIdConnect). */
  token?: Credential;
  /** Sent where the spec's first apiKey scheme says: a header, a query parameter or a cookie. */
  apiKey?: Credential;
  /** With `password`: `Authorization: Basic …` (http basic). */
  username?: Credential;
  password?: Credential;
}

/** How the spec's security schemes map to client options; emitted by the generator. */
export type AuthScheme =
  | { readonly kind: "bearer"; readonly option: string }
  | { readonly kind: "basic"; readonly option: string; readonly passwordOption: string }
  | { readonly kind: "apiKey"; readonly option: string; readonly in: "header" | "query" | "cookie"; readonly name: string };

/** What a generated client tells the runtime about its API. */
export interface ClientDefinition {
  /** The client class name, used in error messages. */
  readonly name: string;
  readonly baseUrl: string;
  /** Schemes the API accepts. Empty when the API needs no credentials. */
  readonly auth: readonly AuthScheme[];
  /** Whether every operation needs credentials: constructing the client without any is then an error. */
  readonly authRequired?: boolean;
  /** The document's security requirements as alternatives of credential options; none: send every credential given. */
  readonly security?: SecurityRequirements;
  /** Environment variables read when a credential option is not given, by option name. */
  readonly env: Readonly<Record<string, string>>;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

/** Base of every generated client: resolves options and credentials, owns the transport. */
export abstract class BaseClient {
  /** Shared by the client's resources. */
  protected readonly transport: Transport;

  constructor(options: ClientOptions, definition: ClientDefinition) {
    const credentials = resolveCredentials(options as ClientOptions & Record<string, unknown>, definition);
    const documentSecurity = definition.security;
    this.transport = new Transport({
      baseUrl: options.baseUrl ?? definition.baseUrl,
      fetch: options.fetch,
      timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      retryNonIdempotent: options.retryNonIdempotent ?? false,
      headers: { ...options.headers },
      sensitiveHeaders: definition.auth.flatMap((scheme) => (scheme.kind === "apiKey" && scheme.in === "header" ? [scheme.name] : [])),
      secrets: [...credentials.values()].flatMap((placed) => (typeof placed === "function" ? [] : secretsIn(placed))),
      credentials: credentialsFor(memoizeBySecurity((security) => selectCredentials(credentials, security ?? documentSecurity))),
      onAPIError: (error) => this.describeError(error),
      logger: loggerFor(options, definition.name),
      name: definition.name,
    });
  }

  /**
   * Runs hooks on every attempt of every later call: openapi-fetch's middleware shape
   * (`{ onRequest, onResponse, onError }`), or an openapi-fetch `Middleware` itself. `onRequest`
   * hooks run in the order registered, `onResponse` and `onError` in reverse.
   */
  use(...hooks: Hooks[]): this {
    this.transport.use(...hooks);
    return this;
  }

  /** Stops running hooks registered with `use`. */
  eject(...hooks: Hooks[]): this {
    this.transport.eject(...hooks);
    return this;
  }

  /** Lets a facade attach typed fields from its API's error envelope before the error is thrown. */
  protected describeError(_error: APIError): void {}
}

function loggerFor(options: ClientOptions, clientName: string): Logger | undefined {
  const level = options.logLevel ?? "off";
  if (!isLogLevel(level)) {
    const levels = LOG_LEVELS.map((name) => JSON.stringify(name)).join(", ");
    throw new ClientError(`${clientName}: logLevel must be one of ${levels}; got ${JSON.stringify(level)}.`);
  }
  return level === "off" ? undefined : levelled(options.logger ?? console, level);
}

/** Where a credential goes on a request; a function when the credential is one, asked per attempt. */
type Placement = ResolvedCredentials | (() => Promise<ResolvedCredentials>);

/** Where each credential option given goes, by option name. */
type CredentialsByOption = Map<string, Placement>;

/** Every credential given (as an option or in its environment variable), placed where its scheme says. */
function resolveCredentials(options: Record<string, unknown>, definition: ClientDefinition): CredentialsByOption {
  const resolved: CredentialsByOption = new Map();
  const read = (option: string): Credential | undefined => {
    const value = options[option];
    if (typeof value === "function") return () => value();
    return typeof value === "string" && value !== "" ? value : readEnv(definition.env[option]);
  };
  for (const scheme of definition.auth) {
    const credential = read(scheme.option);
    if (credential === undefined) continue;
    const password = scheme.kind === "basic" ? read(scheme.passwordOption) : undefined;
    if (typeof credential === "string" && typeof password !== "function") resolved.set(scheme.option, place(scheme, credential, password));
    else
      resolved.set(scheme.option, async () =>
        place(scheme, await credentialValue(credential), password === undefined ? undefined : await credentialValue(password)),
      );
  }
  if (resolved.size === 0 && definition.authRequired === true) throw new ClientError(`${definition.name}: no credentials. Set ${credentialHints(definition)}.`);
  return resolved;
}

async function credentialValue(credential: Credential): Promise<string> {
  const value = typeof credential === "string" ? credential : await credential();
  if (typeof value !== "string") throw new ClientError(`A credential function must return a string; it returned ${typeof value}.`);
  return value;
}

function place(scheme: AuthScheme, credential: string, password: string | undefined): ResolvedCredentials {
  const placed: ResolvedCredentials = { headers: {}, query: {}, cookie: {} };
  if (scheme.kind === "bearer") placed.headers.Authorization = `Bearer ${credential}`;
  else if (scheme.kind === "basic") placed.headers.Authorization = `Basic ${base64(`${credential}:${password ?? ""}`)}`;
  else if (scheme.in === "header") placed.headers[scheme.name] = credential;
  else placed[scheme.in][scheme.name] = credential;
  return placed;
}

/**
 * The credentials one request carries: those of the first security alternative the client has
 * every credential for (`[]`, "none needed", carries none). Without requirements in the spec,
 * every credential given; a bearer token then wins over basic, as one request has one
 * Authorization header. No satisfiable alternative: none, and the server says what is missing.
 */
function selectCredentials(credentials: CredentialsByOption, security: SecurityRequirements | undefined): Placement {
  const chosen = security === undefined ? [...credentials.keys()].reverse() : security.find((options) => options.every((option) => credentials.has(option)));
  const placements = (chosen ?? []).flatMap((option) => credentials.get(option) ?? []);
  if (placements.every((placed) => typeof placed !== "function")) return merge(placements);
  return async () => merge(await Promise.all(placements.map((placed) => (typeof placed === "function" ? placed() : placed))));
}

function merge(placements: readonly ResolvedCredentials[]): ResolvedCredentials {
  const selected: ResolvedCredentials = { headers: {}, query: {}, cookie: {} };
  for (const placed of placements) {
    Object.assign(selected.headers, placed.headers);
    Object.assign(selected.query, placed.query);
    Object.assign(selected.cookie, placed.cookie);
  }
  return selected;
}

/** The transport's view: fixed credentials as they are, a function's asked for now. */
function credentialsFor(select: (security: SecurityRequirements | undefined) => Placement) {
  return (security: SecurityRequirements | undefined): ResolvedCredentials | Promise<ResolvedCredentials> => {
    const placed = select(security);
    return typeof placed === "function" ? placed() : placed;
  };
}

/**
 * The choice is the same for every request with the same requirements: made once per distinct
 * requirement list (a handful per API), not per request. Keyed by value, as generated calls
 * pass their requirements as literals. The result is shared: callers copy it before changing it.
 */
function memoizeBySecurity(select: (security: SecurityRequirements | undefined) => Placement): (security: SecurityRequirements | undefined) => Placement {
  const chosen = new Map<string, Placement>();
  return (security) => {
    const key = security === undefined ? "" : JSON.stringify(security);
    const known = chosen.get(key);
    if (known !== undefined) return known;
    const credentials = select(security);
    chosen.set(key, credentials);
    return credentials;
  };
}

function credentialHints(definition: ClientDefinition): string {
  const ways = definition.auth.map((scheme) => {
    const variable = definition.env[scheme.option];
    const option = scheme.kind === "basic" ? `the "${scheme.option}" and "${scheme.passwordOption}" options` : `the "${scheme.option}" option`;
    return `${option}${variable ? ` or the ${variable} environment variable` : ""}`;
  });
  return [...new Set(ways)].join(", or ");
}

/** Base64 of the UTF-8 bytes (RFC 7617), with what every runtime has: btoa, not Buffer. */
function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Environment variables where there are any (Node, Bun, Deno with --allow-env); never a Node import. */
function readEnv(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const runtime = globalThis as { process?: { env?: Record<string, string | undefined> } };
  try {
    return runtime.process?.env?.[name] || undefined;
  } catch {
    // Deno without --allow-env throws on the read: a variable we may not read is one not set.
    return undefined;
  }
}
