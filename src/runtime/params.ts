import type { OperationInput, ParamLocation, ParamStyles } from "./types.js";

/** Where a generated method's params object keeps each parameter and the request body. */
export interface ParamsLayout {
  /** Keys that are query parameters. */
  readonly query?: readonly string[];
  /** Keys that are header parameters. */
  readonly header?: readonly string[];
  /** Keys that are cookie parameters. */
  readonly cookie?: readonly string[];
  /** `spread`: every other key is a body field; `property`: the body is `params.body`; `none`: no body. */
  readonly body: "spread" | "property" | "none";
  /** Parameters serialized other than their location's default. */
  readonly styles?: ParamStyles;
}

const LOCATIONS: readonly ParamLocation[] = ["query", "header", "cookie"];

/** Splits the one params object of a generated method into query, header, cookie and body. */
export function splitParams(params: unknown, layout: ParamsLayout): Omit<OperationInput, "path"> {
  if (params === undefined) return { styles: layout.styles };
  const rest: Record<string, unknown> = { ...(params as object) };
  const input: Omit<OperationInput, "path"> = { styles: layout.styles };
  for (const location of LOCATIONS) {
    const keys = layout[location];
    if (keys === undefined || keys.length === 0) continue;
    // No prototype, and own keys only: a parameter named `__proto__` or `toString` is a parameter.
    const taken: Record<string, unknown> = Object.create(null);
    for (const key of keys) {
      if (Object.hasOwn(rest, key)) taken[key] = rest[key];
      delete rest[key];
    }
    input[location] = taken;
  }
  input.body = layout.body === "spread" ? rest : layout.body === "property" ? rest.body : undefined;
  return input;
}
