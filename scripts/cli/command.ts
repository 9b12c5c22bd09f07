/**
 * A subcommand as data: its options are one table that both the parser (node:util parseArgs)
 * and `--help` read, so help never lists an option the parser does not know, or a stale default.
 */
import { parseArgs } from "node:util";
import { closestName } from "../pipeline/config.js";

interface OptionBase {
  short?: string;
  description: string;
}

export interface BooleanOption extends OptionBase {
  type: "boolean";
}

export interface StringOption extends OptionBase {
  type: "string";
  /** Placeholder for the value in help: `--spec FILE`. */
  arg: string;
  /** The value when the option is not given. */
  default?: string;
  /** What help says happens without the option, when there is no single default value. */
  defaultText?: string;
}

export type OptionSpec = BooleanOption | StringOption;
export type OptionTable = Record<string, OptionSpec>;

export type OptionValues<T extends OptionTable> = {
  [K in keyof T]: T[K] extends BooleanOption ? boolean : T[K] extends { default: string } ? string : string | undefined;
};

export interface Parsed<T extends OptionTable> {
  values: OptionValues<T>;
  positionals: string[];
  /** Options given on the command line, as opposed to defaulted. */
  given: ReadonlySet<keyof T & string>;
}

export interface Command<T extends OptionTable = OptionTable> {
  /** What follows the program name in each usage line, e.g. `OLD NEW [options]`. */
  usage: readonly string[];
  /** A paragraph under the usage. */
  description: string;
  options: T;
  /** Whether positionals are accepted (the command checks how many). */
  positionals?: boolean;
  /** Lines after the options, e.g. exit codes. */
  epilogue?: string;
  /** Runs the command; resolves to the exit code. `prog` is how the user invoked it, for messages. */
  run(parsed: Parsed<T>, prog: string): Promise<number>;
}

/** Defines a command, checking its option table against its run function's parameters. */
export function defineCommand<T extends OptionTable>(command: Command<T>): Command<T> {
  return command;
}

export const HELP_OPTION = { type: "boolean", short: "h", description: "show this help" } as const satisfies BooleanOption;

/** A mistake in how the CLI was called: reported with the usage, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function parseCommandArgs<T extends OptionTable>(command: Command<T>, argv: readonly string[]): Parsed<T> {
  const options = Object.fromEntries(
    Object.entries(command.options).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        default: spec.type === "boolean" ? false : spec.default,
        ...(spec.short === undefined ? {} : { short: spec.short }),
      },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: command.positionals === true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(describeParseError(error, Object.keys(command.options)));
  }
  const given = new Set((parsed.tokens ?? []).flatMap((token) => (token.kind === "option" ? [token.name as keyof T & string] : [])));
  return { values: parsed.values as OptionValues<T>, positionals: parsed.positionals, given };
}

/** parseArgs' messages, shorter and with a suggestion for a misspelled option. */
function describeParseError(error: unknown, known: readonly string[]): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const suggestion = quoted.startsWith("--") ? closestName(quoted.slice(2).split("=")[0] ?? "", known) : undefined;
    return `unknown option ${quoted}${suggestion === undefined ? "" : ` (did you mean --${suggestion}?)`}`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return `unexpected argument ${JSON.stringify(quoted)}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    // "Option '-q, --quiet' does not take an argument", "Option '--format <value>' argument missing"
    const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
    return message.includes("argument missing") ? `${option} needs a value` : `${option} takes no value`;
  }
  return message;
}

/** `--help` text: usage, description, every option with its default, epilogue. */
export function renderHelp(command: Command, prog: string): string {
  const usage = command.usage.map((line, index) => `${index === 0 ? "Usage: " : "       "}${prog} ${line}`);
  const rows = Object.entries(command.options).map(
    ([name, spec]) => [flagLabel(name, spec), [...spec.description.split(" "), `(default: ${defaultLabel(spec)})`]] as const,
  );
  const width = Math.max(...rows.map(([label]) => label.length)) + 3;
  // The default is one unit: never split over two lines, so it reads (and greps) with its option's text.
  const options = rows.flatMap(([label, words]) =>
    wrap(words, HELP_WIDTH - 2 - width).map((line, index) => `  ${(index === 0 ? label : "").padEnd(width)}${line}`),
  );
  return [...usage, "", command.description, "", "Options:", ...options, ...(command.epilogue ? ["", command.epilogue] : [])].join("\n");
}

/** Help lines stay readable in an 100-column terminal. */
const HELP_WIDTH = 100;

function wrap(words: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

function flagLabel(name: string, spec: OptionSpec): string {
  const long = `--${name}${spec.type === "string" ? ` ${spec.arg}` : ""}`;
  return spec.short === undefined ? `    ${long}` : `-${spec.short}, ${long}`;
}

function defaultLabel(spec: OptionSpec): string {
  if (spec.type === "boolean") return "false";
  return spec.defaultText ?? spec.default ?? "none";
}
