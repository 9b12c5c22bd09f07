/**
 * The log lines of one attempt: its request headers at debug; a success at info; a retry at
 * warn; the final failure at error. Built only for a client that has a logger: most have none,
 * and this is on every call's path.
 */
import type { EncodedRequest } from "./encode-request.js";
import type { Logger } from "./logger.js";
import type { Redactor } from "./redact.js";
import type { Outcome } from "./send-attempt.js";

/** Where one transport's lines go, and what they must never show. */
export interface RequestLog {
  readonly logger: Logger;
  /** Prefix of every line, e.g. the client's name. */
  readonly name: string;
  readonly redactor: Redactor;
  /** Lower-case names of the headers whose values are never shown. */
  readonly sensitiveHeaders: ReadonlySet<string>;
}

export interface AttemptRecord {
  request: EncodedRequest;
  outcome: Outcome;
  /** `performance.now()` when the attempt began. */
  started: number;
  /** 1-based. */
  attempt: number;
  attempts: number;
  /** The wait before the next attempt; none when this one was the last. */
  delay: number | undefined;
}

export function logAttempt(log: RequestLog, { request, outcome, started, attempt, attempts, delay }: AttemptRecord): void {
  const { logger, redactor } = log;
  const elapsed = `${Math.round(performance.now() - started)} ms`;
  const counted = `attempt ${attempt}/${attempts}`;
  const line = `${log.name}: ${request.method} ${redactor.text(request.url)}`;
  logger.debug(`${line} (${counted}) request headers`, redactor.headers(request.headers, log.sensitiveHeaders));
  if (outcome.kind === "data") {
    logger.info(`${line} → ${outcome.response.status} in ${elapsed} (${counted})${requestIdNote(outcome.response.headers)}`);
    return;
  }
  const status = outcome.kind === "status" ? String(outcome.error.status) : outcome.error.name;
  const requestId = outcome.kind === "status" ? requestIdNote(outcome.error.headers) : "";
  if (delay === undefined) logger.error(`${line} → ${status} in ${elapsed} (${counted}): ${outcome.error.message}${requestId}`);
  else logger.warn(`${line} → ${status} in ${elapsed} (${counted}); retrying in ${delay} ms${requestId}`);
}

function requestIdNote(headers: Headers): string {
  const id = headers.get("x-request-id") ?? headers.get("request-id");
  return id === null ? "" : ` [request id ${id}]`;
}
