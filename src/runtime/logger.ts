/**
 * Logging, off unless asked for. Lines name method, URL, status, attempt and timing; credentials
 * never reach them (the transport redacts before it logs).
 */

/** Anything with console's four levels: `console` itself, pino, winston, … */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

/** `off` logs nothing; each other level logs itself and every level above it. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

const SEVERITY: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

export const LOG_LEVELS = Object.keys(SEVERITY) as LogLevel[];

/** The logger's methods that `level` lets through; the others do nothing, cheaply. */
export function levelled(logger: Logger, level: LogLevel): Logger {
  const allows = (wanted: Exclude<LogLevel, "off">) => SEVERITY[wanted] <= SEVERITY[level];
  const silent = () => {};
  return {
    error: allows("error") ? logger.error.bind(logger) : silent,
    warn: allows("warn") ? logger.warn.bind(logger) : silent,
    info: allows("info") ? logger.info.bind(logger) : silent,
    debug: allows("debug") ? logger.debug.bind(logger) : silent,
  };
}

export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && value in SEVERITY;
}
