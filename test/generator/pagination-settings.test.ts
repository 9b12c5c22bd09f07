// Where detection cannot know: `x-pagination` in the spec (operation, then document root) and
// clients.config.json's `pagination` (operation by operationId, then the client's default). Config
// wins over the extension, which wins over detection; a setting that does not fit the operation is
// a warning naming where it is written, and the next source decides.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { operationsOf } from "../../scripts/document/operations.js";
import { paginationOf } from "../../scripts/model/pagination.js";
import { type ClientPagination, type StrategySetting, settingShapeProblems } from "../../scripts/model/pagination-setting.js";
import { validateConfig } from "../../scripts/pipeline/config.js";
import { generateClient } from "../../scripts/pipeline/generate-client.js";
import { formatIssue } from "../../scripts/pipeline/spec-error.js";
import { REPO_ROOT } from "../helpers/cli.js";
import { normalizeSpec } from "../../scripts/pipeline/normalize-spec.js";
import { modelOperations } from "../../scripts/model/api-model.js";

type Json = Record<string, unknown>;

const str = { type: "string" };
const int = { type: "integer" };

/** `GET /things` with a cursor detection finds, and `GET /other` with `token` that detection cannot pair with `marker`. */
function document(extensions: { root?: unknown; things?: unknown; other?: unknown } = {}): Json {
  const list = (parameters: Json[], properties: Json, extension: unknown, operationId: string): Json => ({
    operationId,
    parameters,
    ...(extension === undefined ? {} : { "x-pagination": extension }),
    responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties } } } } },
  });
  const items = { type: "array", items: { type: "object", properties: { id: str } } };
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    ...(extensions.root === undefined ? {} : { "x-pagination": extensions.root }),
    paths: {
      "/things": { get: list([{ name: "cursor", in: "query", schema: str }], { data: items, next_cursor: str }, extensions.things, "listThings") },
      "/other": {
        get: list(
          [
            { name: "token", in: "query", schema: str },
            { name: "size", in: "query", schema: int },
          ],
          { entries: items, marker: str },
          extensions.other,
          "listOther",
        ),
      },
    },
  };
}

function paginate(doc: Json, config?: ClientPagination) {
  return Object.fromEntries(
    operationsOf(doc).map((entry) => {
      const { strategy, warnings } = paginationOf(doc, entry, config);
      return [
        entry.path,
        { style: strategy?.style, ...(strategy?.style === "cursor" ? { param: strategy.cursorParam } : {}), warnings: warnings.map((w) => w.message) },
      ];
    }),
  );
}

const markerCursor: StrategySetting = { style: "cursor", cursorParam: "token", nextCursor: ["marker"] };
const detectedThings = { style: "cursor", param: "cursor", warnings: [] };

describe("pagination settings", () => {
  const cases: [string, { extensions?: Parameters<typeof document>[0]; config?: ClientPagination; want: Json }][] = [
    ["detection alone", { want: { "/things": detectedThings, "/other": { style: undefined, warnings: [] } } }],
    [
      "x-pagination on an operation sets a style detection cannot see",
      { extensions: { other: markerCursor }, want: { "/things": detectedThings, "/other": { style: "cursor", param: "token", warnings: [] } } },
    ],
    [
      "x-pagination: false on an operation switches detection off there",
      { extensions: { things: false }, want: { "/things": { style: undefined, warnings: [] }, "/other": { style: undefined, warnings: [] } } },
    ],
    [
      "x-pagination at the root applies where it fits, and detection elsewhere",
      { extensions: { root: markerCursor }, want: { "/things": detectedThings, "/other": { style: "cursor", param: "token", warnings: [] } } },
    ],
    [
      "x-pagination: false at the root switches detection off everywhere",
      { extensions: { root: false }, want: { "/things": { style: undefined, warnings: [] }, "/other": { style: undefined, warnings: [] } } },
    ],
    [
      "the operation's x-pagination wins over the root's",
      {
        extensions: { root: false, other: markerCursor },
        want: { "/things": { style: undefined, warnings: [] }, "/other": { style: "cursor", param: "token", warnings: [] } },
      },
    ],
    [
      "config by operationId wins over the spec's x-pagination",
      {
        extensions: { other: false },
        config: { operations: { listOther: markerCursor } },
        want: { "/things": detectedThings, "/other": { style: "cursor", param: "token", warnings: [] } },
      },
    ],
    [
      "the config's default wins over x-pagination, where it fits",
      {
        extensions: { root: false },
        config: { default: { style: "page", pageParam: "size" } },
        want: { "/things": { style: undefined, warnings: [] }, "/other": { style: "page", warnings: [] } },
      },
    ],
    [
      "config default false: no detection",
      { config: { default: false }, want: { "/things": { style: undefined, warnings: [] }, "/other": { style: undefined, warnings: [] } } },
    ],
    [
      "an operation's setting that names a missing parameter is a warning, and detection decides",
      {
        extensions: { things: { style: "cursor", cursorParam: "page_token", nextCursor: ["next_cursor"] } },
        want: {
          "/things": {
            style: "cursor",
            param: "cursor",
            warnings: ['x-pagination ignored: the operation has no query parameter "page_token"'],
          },
          "/other": { style: undefined, warnings: [] },
        },
      },
    ],
    [
      "a field the response cannot have is a warning",
      {
        config: { operations: { listOther: { style: "cursor", cursorParam: "token", nextCursor: ["meta", "cursor"] } } },
        want: {
          "/things": detectedThings,
          "/other": { style: undefined, warnings: ['clients.config.json pagination.operations["listOther"] ignored: the response cannot have "meta.cursor"'] },
        },
      },
    ],
    [
      "a malformed x-pagination is a warning wherever it is",
      {
        extensions: { root: { style: "cursors" } },
        want: {
          "/things": { ...detectedThings, warnings: ['x-pagination ignored: `style` must be one of cursor, after, offset, page, link, got "cursors"'] },
          "/other": { style: undefined, warnings: ['x-pagination ignored: `style` must be one of cursor, after, offset, page, link, got "cursors"'] },
        },
      },
    ],
    [
      "after: the items must declare the id field named",
      {
        extensions: { other: { style: "after", afterParam: "token", idField: "key" } },
        want: {
          "/things": detectedThings,
          "/other": { style: undefined, warnings: ['x-pagination ignored: the items do not declare "key"'] },
        },
      },
    ],
  ];
  it.each(cases)("%s", (_name, { extensions, config, want }) => {
    expect(paginate(document(extensions), config)).toEqual(want);
  });

  it("fills in the items from detection, and takes them when given", () => {
    const doc = document({ other: markerCursor });
    const other = operationsOf(doc).find((entry) => entry.path === "/other");
    if (other === undefined) throw new Error("no /other");
    expect(paginationOf(doc, other, undefined).strategy).toEqual({ ...markerCursor, items: ["entries"] });
    const given = paginationOf(doc, other, { operations: { listOther: { ...markerCursor, items: [] } } });
    expect(given.strategy).toEqual({ ...markerCursor, items: [] });
  });
});

describe("the model", () => {
  it("puts the strategy on the operation, the stream too, and the warnings on the API", () => {
    const doc = document({ things: { style: "offset", offsetParam: "from", limitParam: "size" } });
    const model = normalizeSpec({ document: doc }, { name: "T", spec: "t.yaml", output: "out", pagination: { operations: { listOther: markerCursor } } });
    const byPath = Object.fromEntries(modelOperations(model).map((operation) => [operation.path, operation]));
    expect(byPath["/things"]?.pagination).toEqual({ style: "cursor", cursorParam: "cursor", nextCursor: ["next_cursor"], items: ["data"] });
    expect(byPath["/other"]?.pagination).toEqual({ ...markerCursor, items: ["entries"] });
    expect(byPath["/other"]?.stream).toBeUndefined();
    expect(model.warnings).toEqual([
      {
        pointer: "#/paths/~1things/get/x-pagination",
        message: 'x-pagination ignored: the operation has no query parameter "from"; the operation has no query parameter "size"',
      },
    ]);
  });

  it("warns of a config entry for an operationId the spec does not have", () => {
    const model = normalizeSpec({ document: document() }, { name: "T", spec: "t.yaml", output: "out", pagination: { operations: { listThing: false } } });
    expect(model.warnings).toEqual([
      { pointer: "#/paths", message: 'clients.config.json pagination.operations["listThing"] ignored: no operation has this operationId' },
    ]);
  });

  it("leaves an operation that does not page without the field, and a model without warnings without the list", () => {
    const model = normalizeSpec({ document: document({ root: false }) }, { name: "T", spec: "t.yaml", output: "out" });
    expect(modelOperations(model).map((operation) => Object.hasOwn(operation, "pagination"))).toEqual([false, false]);
    expect(Object.hasOwn(model, "warnings")).toBe(false);
  });
});

describe("docs/pages-and-streams.md", () => {
  it("shows a clients.config.json entry and an x-pagination the generator accepts", async () => {
    const page = await readFile(join(REPO_ROOT, "docs/pages-and-streams.md"), "utf8");
    const blocks = (language: string) => [...page.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, "g"))].map((match) => match[1] ?? "");
    const [client] = blocks("json");
    const [extension] = blocks("yaml");
    expect(validateConfig({ clients: [JSON.parse(client ?? "null")] })).toEqual([]);
    expect(settingShapeProblems(parse(extension ?? "")["x-pagination"])).toEqual([]);
  });
});

describe("generateClient", () => {
  it("locates a setting that does not fit by file, line and pointer, as validation does, and still generates", async () => {
    const work = await mkdtemp(join(tmpdir(), "pagination-"));
    try {
      const text = stringify(document({ things: { style: "cursor", cursorParam: "page_token", nextCursor: ["next_cursor"] } }));
      await writeFile(join(work, "things.yaml"), text);
      const line = text.split("\n").findIndex((row) => row.trim() === "x-pagination:") + 1;
      const { files, warnings } = await generateClient(
        { name: "Things", spec: "things.yaml", output: "out" },
        { cwd: work, runtimeImport: "../../src/runtime/index.js" },
      );
      expect(files.map((file) => file.path)).toContain("client.ts");
      expect(warnings.map(formatIssue)).toEqual([
        `things.yaml:${line} #/paths/~1things/get/x-pagination: x-pagination ignored: the operation has no query parameter "page_token"`,
      ]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
