import type { OperationInput } from "./transport.js";

/** Where a generated method's params object keeps the request body. */
export interface ParamsLayout {
  /** Keys that are query parameters. */
  query: readonly string[];
  /** Keys that are header parameters. */
  header: readonly string[];
  /** `spread`: every other key is a body field; `property`: the body is `params.body`; `none`: no body. */
  body: "spread" | "property" | "none";
}

/** Splits the one params object of a generated method into query, header and body. */
export function splitParams(params: object | undefined, layout: ParamsLayout): Omit<OperationInput, "path"> {
  if (params === undefined) return {};
  const rest: Record<string, unknown> = { ...params };
  const take = (keys: readonly string[]) => {
    if (keys.length === 0) return undefined;
    const taken: Record<string, unknown> = {};
    for (const key of keys) {
      if (key in rest) taken[key] = rest[key];
      delete rest[key];
    }
    return taken;
  };
  const query = take(layout.query);
  const header = take(layout.header);
  const body = layout.body === "spread" ? rest : layout.body === "property" ? rest.body : undefined;
  return { query, header, body };
}
