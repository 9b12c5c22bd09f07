// Path keys with a query of templated pairs (scripts/pipeline/split-path-queries.ts): read as the
// path and required query parameters, with a warning; any other query leaves the key as it is.
import { describe, expect, it } from "vitest";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import { splitPathQueries } from "../../scripts/pipeline/split-path-queries.js";
import { formatIssue } from "../../scripts/pipeline/spec-error.js";
import { REPO_ROOT } from "../helpers/cli.js";

type Json = Record<string, unknown>;

const ok = { responses: { "200": { description: "ok" } } };
const amount = { name: "amount", in: "path", required: true, schema: { type: "integer" } };

const cases: [string, { given: Json; want: Json }][] = [
  [
    "a declared path parameter moves to the query, an undeclared name becomes a required string",
    {
      given: { paths: { "/a?term={term}&amount={amount}": { get: { ...ok, parameters: [amount] } } } },
      want: {
        paths: {
          "/a": {
            get: {
              ...ok,
              parameters: [
                { ...amount, in: "query" },
                { name: "term", in: "query", required: true, schema: { type: "string" } },
              ],
            },
          },
        },
      },
    },
  ],
  [
    "a path-item parameter behind a $ref moves as a copy; the component stays",
    {
      given: {
        components: { parameters: { Amount: amount } },
        paths: { "/a?amount={amount}": { parameters: [{ $ref: "#/components/parameters/Amount" }], get: ok } },
      },
      want: {
        components: { parameters: { Amount: amount } },
        paths: { "/a": { parameters: [{ ...amount, in: "query" }], get: { ...ok, parameters: [] } } },
      },
    },
  ],
];

const unchanged: [string, Json][] = [
  ["no query", { paths: { "/a/{id}": { get: ok } } }],
  ["a literal pair", { paths: { "/a?format=json&id={id}": { get: ok } } }],
  ["a pair whose name is not its variable", { paths: { "/a?q={term}": { get: ok } } }],
  ["a path another key has", { paths: { "/a": { get: ok }, "/a?q={q}": { post: ok } } }],
  ["two keys with one path", { paths: { "/a?q={q}": { get: ok }, "/a?r={r}": { post: ok } } }],
  ["a path item behind a $ref", { paths: { "/a?q={q}": { $ref: "#/paths/~1b" }, "/b": { get: ok } } }],
];

describe("splitPathQueries", () => {
  it.each(cases)("%s", (_, { given, want }) => {
    const before = structuredClone(given);
    expect(splitPathQueries(given).document).toEqual(want);
    expect(given).toEqual(before);
  });

  it.each(unchanged)("leaves the document itself, with no warning, for %s", (_, document) => {
    expect(splitPathQueries(document)).toEqual({ document, warnings: [] });
    expect(splitPathQueries(document).document).toBe(document);
  });

  it("generates the construct fixture with a warning per key, framed file:line #/pointer", async () => {
    const { warnings } = await generateClient(
      { name: "PathQuery", spec: "test/fixtures/constructs/path-query.yaml", output: "test/constructs/generated/path-query" },
      { cwd: REPO_ROOT, runtimeImport: "../../../../src/runtime/index.js" },
    );
    expect(warnings.map(formatIssue)).toEqual([
      "test/fixtures/constructs/path-query.yaml:12 #/paths/~1icons~1latest?term={term}&amount={amount}: The path `/icons/latest?term={term}&amount={amount}` carries a query: read as the path `/icons/latest` with required query parameters `term`, `amount`; `term`, declared by no parameter, read as a required string.",
      "test/fixtures/constructs/path-query.yaml:32 #/paths/~1icons~1total?since={since}: The path `/icons/total?since={since}` carries a query: read as the path `/icons/total` with required query parameters `since`.",
    ]);
  });
});
