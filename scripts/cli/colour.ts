/**
 * Whether to colour a stream, and the few styles the CLI uses. The decision is a pure function of
 * the stream and the environment, so tests can ask it without a terminal.
 */

/** What the decision looks at: `process.stderr` (or stdout) and `process.env` fit. */
export interface ColourInput {
  isTTY?: boolean;
}

/**
 * `NO_COLOR` (any non-empty value, https://no-color.org) always wins; then `FORCE_COLOR`
 * (`0`/`false` off, anything else on, as Node and supports-color read it); then colour only on a
 * terminal that is not `TERM=dumb`.
 */
export function shouldColour(stream: ColourInput, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true && env.TERM !== "dumb";
}

export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURED: Paint = { bold: style(1, 22), dim: style(2, 22), red: style(31, 39), yellow: style(33, 39), green: style(32, 39), cyan: style(36, 39) };
const identity = (text: string) => text;
const PLAIN: Paint = { bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity };

export function paint(colour: boolean): Paint {
  return colour ? COLOURED : PLAIN;
}

/**
 * Spec text is the user's (or an attacker's): escape sequences, other C0/C1 controls and bidi
 * overrides ("Trojan Source") would act on the terminal instead of showing. One character becomes
 * one character, so columns still line up. Tabs and newlines stay.
 */
export function neutralize(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\ufffd");
}
