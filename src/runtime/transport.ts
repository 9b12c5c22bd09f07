/**
 * The transport every generated method calls: encodes the call once, then attempts it until
 * the outcome is final, waiting between attempts as the retry policy says. Each job is a module
 * of its own: encode-request.ts (the wire form), send-attempt.ts (one attempt: timeout, abort,
 * redirects, body), read-body.ts, redact.ts, log-attempt.ts, and core/retry.ts (the policy).
 */
import { removeTrailingSlash } from "openapi-fetch";
import { APIUserAbortError, ClientError } from "../core/errors.js";
import { exceedsRetryAfterCap, isIdempotent, isRetryableResponse, retryDelayMs } from "../core/retry.js";
import { onAbort } from "./abort-listeners.js";
import { AttemptControllers } from "./attempt-controllers.js";
import { APIPromise, type WithResponse } from "./api-promise.js";
import { type EncodedRequest, encodeRequest, lowerCaseHeaders, type OperationCall, originOf, type RequestDefaults } from "./encode-request.js";
import { assertHooks, type Hooks } from "./hooks.js";
import { withIdempotencyKey } from "./idempotency.js";
import { logAttempt, type RequestLog } from "./log-attempt.js";
import { Redactor, secretsIn, unbuildableRequestError } from "./redact.js";
import { ALWAYS_SENSITIVE_HEADERS, canFollowRedirectsManually } from "./redirect.js";
import { type Outcome, sendAttempt, type Wire } from "./send-attempt.js";
import type { NoDeclaredHeaders } from "./response-headers.js";
import type { HttpMethod, OperationInput, RequestOptions, ResolvedCredentials, TransportConfig } from "./types.js";

export type {
  HttpMethod,
  OperationInput,
  ParamLocation,
  ParamStyles,
  RequestOptions,
  ResolvedCredentials,
  ResponseType,
  SecurityRequirements,
  StreamHandoff,
  TransportConfig,
} from "./types.js";

type Failure = Exclude<Outcome, { kind: "data" }>;

/** Sends operations with timeouts, retries and typed errors; openapi-fetch builds their URLs. */
export class Transport {
  readonly #config: TransportConfig;
  readonly #defaults: RequestDefaults;
  readonly #wire: Wire;
  readonly #log: RequestLog | undefined;
  readonly #hooks: Hooks[] = [];

  constructor(config: TransportConfig) {
    this.#config = config;
    const redactor = new Redactor(config.secrets ?? []);
    const sensitiveHeaders = new Set([...ALWAYS_SENSITIVE_HEADERS, ...(config.sensitiveHeaders ?? []).map((name) => name.toLowerCase())]);
    this.#defaults = { baseUrl: removeTrailingSlash(config.baseUrl), headers: lowerCaseHeaders(config.headers) };
    // Whether this runtime shows redirect targets, so that redirects can be followed here: fixed for the process.
    this.#wire = {
      fetch: config.fetch,
      followRedirects: canFollowRedirectsManually(),
      sensitiveHeaders,
      redactor,
      onAPIError: config.onAPIError,
      hooks: this.#hooks,
      baseUrl: this.#defaults.baseUrl,
      controllers: new AttemptControllers(),
    };
    this.#log = config.logger === undefined ? undefined : { logger: config.logger, name: config.name ?? "api", redactor, sensitiveHeaders };
  }

  /** Runs `hooks` on every attempt of every later call, after those registered before. */
  use(...hooks: Hooks[]): void {
    assertHooks(hooks);
    this.#hooks.push(...hooks);
  }

  /** Stops running `hooks`. */
  eject(...hooks: Hooks[]): void {
    for (const hook of hooks) {
      const index = this.#hooks.indexOf(hook);
      if (index !== -1) this.#hooks.splice(index, 1);
    }
  }

  /** The origin of the client's base URL: the only one a next page link may lead to. */
  get origin(): string {
    return originOf(this.#defaults.baseUrl);
  }

  /**
   * Sends one operation; await it for the data, or call `.withResponse()` for the raw `Response`
   * and the declared headers (`THeaders`, read by `input.responseHeaders`) too.
   */
  request<TData, THeaders = NoDeclaredHeaders>(
    method: HttpMethod,
    pathTemplate: string,
    input: OperationInput,
    options: RequestOptions = {},
  ): APIPromise<TData, THeaders> {
    return new APIPromise(this.#run<TData, THeaders>(method, pathTemplate, input, options));
  }

  async #run<TData, THeaders>(
    method: HttpMethod,
    pathTemplate: string,
    input: OperationInput,
    options: RequestOptions,
  ): Promise<WithResponse<TData, THeaders>> {
    // One key for the whole call: every retry carries the same one.
    const call = { method, pathTemplate, input: withIdempotencyKey(input, options), options };
    const config = this.#config;
    let request: EncodedRequest | undefined;
    const limits = { timeoutMs: options.timeout ?? config.timeout, userSignal: options.signal, stream: input.stream };
    // A call with an idempotency key is safe to repeat whatever its method: the server deduplicates it.
    const retryAnyMethod = (options.retryNonIdempotent ?? config.retryNonIdempotent ?? false) || input.idempotencyHeader !== undefined;
    const retriesAllowed = retryAnyMethod || isIdempotent(method) ? (options.maxRetries ?? config.maxRetries) : 0;
    const log = this.#log;
    for (let retry = 0; ; retry++) {
      // Credentials from functions are asked for on every attempt; fixed ones are encoded once.
      const credentials = config.credentials?.(input.security);
      if (credentials instanceof Promise) request = this.#encode(call, await this.#sent(credentials));
      else request ??= this.#encode(call, credentials);
      const started = log === undefined ? 0 : performance.now();
      const outcome = await sendAttempt(this.#wire, request, limits);
      const delay = outcome.kind === "data" ? undefined : this.#delayBeforeRetry(outcome, retry, retriesAllowed);
      if (log !== undefined) logAttempt(log, { request, outcome, started, attempt: retry + 1, attempts: retriesAllowed + 1, delay });
      if (outcome.kind === "data") {
        // The generated method's reader yields exactly THeaders, as it yields TData's body.
        const headers = (input.responseHeaders?.(outcome.response) ?? {}) as THeaders;
        return { data: outcome.data as TData, response: outcome.response, headers };
      }
      if (delay === undefined) throw outcome.error;
      await sleep(delay, options.signal);
    }
  }

  /** The wait before the next attempt, or none when this failure is final. `retry` counts the retries made so far. */
  #delayBeforeRetry(outcome: Failure, retry: number, retriesAllowed: number): number | undefined {
    const retryAfterMs = outcome.kind === "status" ? outcome.error.retryAfterMs : undefined;
    const retryable = outcome.kind === "connection" || isRetryableResponse(outcome.error.status, outcome.error.headers);
    if (!retryable || retry >= retriesAllowed || exceedsRetryAfterCap(retryAfterMs)) return undefined;
    return retryDelayMs(retry + 1, retryAfterMs, this.#config.random ?? Math.random);
  }

  /** Credentials a function gave: from now on redacted wherever the fixed ones are. */
  async #sent(pending: Promise<ResolvedCredentials>): Promise<ResolvedCredentials> {
    const credentials = await pending;
    this.#wire.redactor.add(secretsIn(credentials));
    return credentials;
  }

  /** The call's request; a value that cannot be encoded is a ClientError before anything is sent. */
  #encode(call: OperationCall, credentials: ResolvedCredentials | undefined): EncodedRequest {
    try {
      return encodeRequest(call, this.#defaults, credentials);
    } catch (cause) {
      if (cause instanceof ClientError) throw cause;
      throw unbuildableRequestError(cause, this.#wire.redactor);
    }
  }
}

/** Waits `ms`, ending early with APIUserAbortError when the caller aborts. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError({ cause: signal.reason }));
    const timer = setTimeout(() => {
      stopWaiting?.();
      resolve();
    }, ms);
    const stopWaiting =
      signal === undefined
        ? undefined
        : onAbort(signal, () => {
            clearTimeout(timer);
            reject(new APIUserAbortError({ cause: signal.reason }));
          });
  });
}
