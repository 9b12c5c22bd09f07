/**
 * The transport every generated method calls: encodes the call once, then attempts it until
 * the outcome is final, waiting between attempts as the retry policy says. Each job is a module
 * of its own: encode-request.ts (the wire form), send-attempt.ts (one attempt: timeout, abort,
 * redirects, body), read-body.ts, redact.ts, log-attempt.ts, and core/retry.ts (the policy).
 */
import { removeTrailingSlash } from "openapi-fetch";
import { APIUserAbortError, ClientError } from "../core/errors.js";
import { exceedsRetryAfterCap, isIdempotent, isRetryableStatus, retryDelayMs } from "../core/retry.js";
import { APIPromise, type WithResponse } from "./api-promise.js";
import { type EncodedRequest, encodeRequest, lowerCaseHeaders, type OperationCall, originOf, type RequestDefaults } from "./encode-request.js";
import { logAttempt, type RequestLog } from "./log-attempt.js";
import { Redactor, unbuildableRequestError } from "./redact.js";
import { ALWAYS_SENSITIVE_HEADERS, canFollowRedirectsManually } from "./redirect.js";
import { type Outcome, sendAttempt, type Wire } from "./send-attempt.js";
import type { HttpMethod, OperationInput, RequestOptions, TransportConfig } from "./types.js";

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

  constructor(config: TransportConfig) {
    this.#config = config;
    const redactor = new Redactor(config.secrets ?? []);
    const sensitiveHeaders = new Set([...ALWAYS_SENSITIVE_HEADERS, ...(config.sensitiveHeaders ?? []).map((name) => name.toLowerCase())]);
    this.#defaults = { baseUrl: removeTrailingSlash(config.baseUrl), headers: lowerCaseHeaders(config.headers), credentials: config.credentials };
    // Whether this runtime shows redirect targets, so that redirects can be followed here: fixed for the process.
    this.#wire = { fetch: config.fetch, followRedirects: canFollowRedirectsManually(), sensitiveHeaders, redactor, onAPIError: config.onAPIError };
    this.#log = config.logger === undefined ? undefined : { logger: config.logger, name: config.name ?? "api", redactor, sensitiveHeaders };
  }

  /** The origin of the client's base URL: the only one a next page link may lead to. */
  get origin(): string {
    return originOf(this.#defaults.baseUrl);
  }

  /** Sends one operation; await it for the data, or call `.withResponse()` for the raw `Response` too. */
  request<TData>(method: HttpMethod, pathTemplate: string, input: OperationInput, options: RequestOptions = {}): APIPromise<TData> {
    return new APIPromise(this.#run<TData>(method, pathTemplate, input, options));
  }

  async #run<TData>(method: HttpMethod, pathTemplate: string, input: OperationInput, options: RequestOptions): Promise<WithResponse<TData>> {
    const request = this.#encode({ method, pathTemplate, input, options });
    const config = this.#config;
    const limits = { timeoutMs: options.timeout ?? config.timeout, userSignal: options.signal, stream: input.stream };
    const retryAnyMethod = options.retryNonIdempotent ?? config.retryNonIdempotent ?? false;
    const retriesAllowed = retryAnyMethod || isIdempotent(method) ? (options.maxRetries ?? config.maxRetries) : 0;
    const log = this.#log;
    for (let retry = 0; ; retry++) {
      const started = log === undefined ? 0 : performance.now();
      const outcome = await sendAttempt(this.#wire, request, limits);
      const delay = outcome.kind === "data" ? undefined : this.#delayBeforeRetry(outcome, retry, retriesAllowed);
      if (log !== undefined) logAttempt(log, { request, outcome, started, attempt: retry + 1, attempts: retriesAllowed + 1, delay });
      if (outcome.kind === "data") return { data: outcome.data as TData, response: outcome.response };
      if (delay === undefined) throw outcome.error;
      await sleep(delay, options.signal);
    }
  }

  /** The wait before the next attempt, or none when this failure is final. `retry` counts the retries made so far. */
  #delayBeforeRetry(outcome: Failure, retry: number, retriesAllowed: number): number | undefined {
    const retryAfterMs = outcome.kind === "status" ? outcome.error.retryAfterMs : undefined;
    const retryable = outcome.kind === "connection" || isRetryableStatus(outcome.error.status);
    if (!retryable || retry >= retriesAllowed || exceedsRetryAfterCap(retryAfterMs)) return undefined;
    return retryDelayMs(retry + 1, retryAfterMs, this.#config.random ?? Math.random);
  }

  /** The call's request; a value that cannot be encoded is a ClientError before anything is sent. */
  #encode(call: OperationCall): EncodedRequest {
    try {
      return encodeRequest(call, this.#defaults);
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
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError({ cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
