import { type APIError, ClientError } from "../core/errors.js";
import { Transport } from "./transport.js";

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
  /** Headers sent with every request. @default {} */
  headers?: Record<string, string>;
}

/** The credentials a client option can carry, by option name. */
export interface Credentials {
  /** Sent as `Authorization: Bearer <token>` (OpenAPI http/bearer). */
  token?: string;
  /** Sent in the header the spec's apiKey scheme names. */
  apiKey?: string;
}

/** How the spec's security schemes map to client options; emitted by the generator. */
export type AuthScheme =
  | { readonly kind: "bearer"; readonly option: "token" }
  | { readonly kind: "apiKey"; readonly option: "apiKey"; readonly in: "header"; readonly name: string };

/** What a generated client tells the runtime about its API. */
export interface ClientDefinition {
  /** The client class name, used in error messages. */
  readonly name: string;
  readonly baseUrl: string;
  /** Schemes the API accepts; any one suffices. Empty when the API needs no credentials. */
  readonly auth: readonly AuthScheme[];
  /** Environment variables read when a credential option is not given. */
  readonly env: Readonly<Partial<Record<keyof Credentials, string>>>;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

/** Base of every generated client: resolves options and credentials, owns the transport. */
export abstract class BaseClient {
  /** Shared by the client's resources. */
  protected readonly transport: Transport;

  constructor(options: ClientOptions & Credentials, definition: ClientDefinition) {
    const authHeaders = resolveAuthHeaders(options, definition);
    this.transport = new Transport({
      baseUrl: options.baseUrl ?? definition.baseUrl,
      fetch: options.fetch,
      timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      headers: { ...options.headers, ...authHeaders },
      onAPIError: (error) => this.describeError(error),
    });
  }

  /** Lets a facade attach typed fields from its API's error envelope before the error is thrown. */
  protected describeError(_error: APIError): void {}
}

function resolveAuthHeaders(options: Credentials, definition: ClientDefinition): Record<string, string> {
  if (definition.auth.length === 0) return {};
  for (const scheme of definition.auth) {
    const credential = options[scheme.option] ?? readEnv(definition.env[scheme.option]);
    if (!credential) continue;
    return scheme.kind === "bearer" ? { Authorization: `Bearer ${credential}` } : { [scheme.name]: credential };
  }
  const ways = definition.auth.map((scheme) => {
    const variable = definition.env[scheme.option];
    return `the "${scheme.option}" option${variable ? ` or the ${variable} environment variable` : ""}`;
  });
  throw new ClientError(`${definition.name}: no credentials. Set ${ways.join(", or ")}.`);
}

/** Environment variables where there are any (Node, Bun, Deno with --allow-env); never a Node import. */
function readEnv(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const runtime = globalThis as { process?: { env?: Record<string, string | undefined> } };
  return runtime.process?.env?.[name] || undefined;
}
