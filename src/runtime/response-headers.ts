/**
 * The response headers a spec declares, read from a `Response` and parsed per their schemas, for
 * `.withResponse()`'s `headers` (issue 12, item 4). Only generated methods of operations that
 * declare response headers import it, passing their table to `declaredHeaders`, so a client
 * whose spec declares none bundles none of this.
 *
 * Reading never throws: a header that is missing, or whose value does not fit its schema, is
 * left out (`undefined`); the raw value stays on `response.headers`.
 */

/** A header's value as one primitive. `integer` is a `number` that must be whole. */
export type HeaderType = "string" | "number" | "integer" | "boolean";

/** A value that must be one of these (an `enum` or `const`), matched by its text: `"1"` gives `1`. */
export interface HeaderEnum {
  enum: readonly (string | number | boolean)[];
}

/**
 * How one declared header is parsed: a primitive, one of listed values, or a list of either
 * (OpenAPI's `simple` style, the only one for headers: values separated by commas).
 */
export type HeaderSchema = HeaderType | HeaderEnum | { items: HeaderType | HeaderEnum };

/**
 * The headers each success status declares, by status as the spec writes it (`"200"`, `"2XX"`,
 * `"default"`), then by header name as the spec spells it.
 */
export type HeaderTable = Readonly<Record<string, Readonly<Record<string, HeaderSchema>>>>;

/**
 * `headers` of an operation that declares none: an empty object, typed so that reading any key
 * is a compile error.
 */
export type NoDeclaredHeaders = Record<never, never>;

/**
 * The reader an operation's generated method passes as `OperationInput.responseHeaders`: the
 * table of the response's status (exact, then its range such as `2XX`, then `default`), each
 * declared header looked up case-insensitively and parsed.
 */
export function declaredHeaders(table: HeaderTable): (response: Response) => Record<string, unknown> {
  return (response) => {
    const status = String(response.status);
    const declared = table[status] ?? table[`${status[0]}XX`] ?? table.default ?? {};
    const entries: [string, unknown][] = [];
    for (const [name, schema] of Object.entries(declared)) {
      const raw = response.headers.get(name);
      const value = raw === null ? undefined : parseHeaderValue(raw, schema);
      if (value !== undefined) entries.push([name, value]);
    }
    // fromEntries defines own properties: a header named `__proto__` is a key, not a prototype.
    return Object.fromEntries(entries);
  };
}

/** One header's text as its schema says, or undefined when it does not fit. */
export function parseHeaderValue(raw: string, schema: HeaderSchema): unknown {
  if (typeof schema === "string") return parsePrimitive(raw, schema);
  if ("enum" in schema) return schema.enum.find((member) => String(member) === raw);
  // An empty value is an empty list; one element that does not fit spoils the whole list.
  const values = raw === "" ? [] : raw.split(",").map((part) => parseHeaderValue(part.trim(), schema.items));
  return values.includes(undefined) ? undefined : values;
}

/** JSON's number grammar: no hex, no `Infinity`, no blank, which `Number()` would all accept. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

function parsePrimitive(raw: string, type: HeaderType): unknown {
  if (type === "string") return raw;
  if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : undefined;
  const value = JSON_NUMBER.test(raw) ? Number(raw) : Number.NaN;
  return Number.isFinite(value) && (type === "number" || Number.isInteger(value)) ? value : undefined;
}
