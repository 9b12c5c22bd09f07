// The spec-diff CLI as a user and CI meet it: run the way `npm run -s spec:diff -- …` runs it
// (`node --import tsx scripts/spec-diff.ts …` from the repository root), with exit codes, the
// three report formats, a clean stdout, and errors on stderr.
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { REPO_ROOT } from "../helpers/cli.js";

const FIXTURES = "test/fixtures/spec-diff-cli";
const V1 = `${FIXTURES}/v1.yaml`;
/** DELETE /pets/{petId} removed (breaking), GET /pets deprecated (warning), GET /owners added and a request property widened (info), a path parameter renamed (no change). */
const V2_BREAKING = `${FIXTURES}/v2-breaking.yaml`;
/** Only GET /pets deprecated: one warning. */
const V2_WARNING = `${FIXTURES}/v2-warning.yaml`;
/** Only GET /owners added: one info change. */
const V2_INFO = `${FIXTURES}/v2-info.yaml`;
/** Only a summary and a description changed: no API change, a patch release. */
const V2_DOCS = `${FIXTURES}/v2-docs.yaml`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Without NO_COLOR, FORCE_COLOR or npm's variables from the environment running the tests. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (key === "NO_COLOR" || key === "FORCE_COLOR" || key.startsWith("npm_")) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

function exec(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((done) => {
    execFile(file, args, { cwd: REPO_ROOT, env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** `npm run -s spec:diff -- …`, minus npm: the command package.json's script runs, from the repository root. */
function specDiff(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const key = JSON.stringify([args, env]);
  let run = runs.get(key);
  if (run === undefined) {
    run = exec(process.execPath, ["--import", "tsx", "scripts/spec-diff.ts", ...args], cleanEnv(env));
    runs.set(key, run);
  }
  return run;
}

/** Runs with the same arguments and environment are made once: the CLI is deterministic, and each run costs half a second. */
const runs = new Map<string, Promise<Run>>();

const CHANGE_KEYS = ["id", "level", "location", "message", "operation"];
const SDK_CHANGE_KEYS = ["breaking", "kind", "message", "method", "operation"];
const LEVEL_ORDER = ["breaking", "warning", "info"];

interface JsonReport {
  changes: { id: string; level: string; operation: string; location: string; message: string }[];
  summary: { breaking: number; warning: number; info: number };
  sdk: { changes: { kind: string; method: string; operation: string; breaking: boolean; message: string }[] };
  semver: string;
}

/** The JSON report's exact shape, key by key; returns it typed. */
function checkJsonShape(stdout: string): JsonReport {
  const report = JSON.parse(stdout) as Record<string, unknown>;
  expect(Object.keys(report).sort()).toEqual(["changes", "sdk", "semver", "summary"]);
  expect(Array.isArray(report.changes)).toBe(true);
  const changes = report.changes as Record<string, unknown>[];
  for (const change of changes) {
    expect(Object.keys(change).sort()).toEqual(CHANGE_KEYS);
    for (const key of CHANGE_KEYS) expect(typeof change[key], key).toBe("string");
    expect(LEVEL_ORDER).toContain(change.level);
    expect(String(change.location)).toMatch(/^#(\/|$)/);
  }
  // Breaking first, then warnings, then the rest.
  const ranks = changes.map((change) => LEVEL_ORDER.indexOf(String(change.level)));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(Object.keys(report.summary as object).sort()).toEqual(["breaking", "info", "warning"]);
  const summary = report.summary as Record<string, unknown>;
  for (const level of LEVEL_ORDER) expect(summary[level], `summary.${level}`).toBe(changes.filter((change) => change.level === level).length);
  expect(Object.keys(report.sdk as object)).toEqual(["changes"]);
  const sdk = (report.sdk as { changes: unknown }).changes;
  expect(Array.isArray(sdk)).toBe(true);
  for (const change of sdk as Record<string, unknown>[]) {
    expect(Object.keys(change).sort()).toEqual(SDK_CHANGE_KEYS);
    expect(typeof change.breaking).toBe("boolean");
    for (const key of ["kind", "method", "operation", "message"]) expect(typeof change[key], key).toBe("string");
  }
  expect(["major", "minor", "patch", "none"]).toContain(report.semver);
  return report as unknown as JsonReport;
}

/** Whether an RFC 6901 pointer (`#/a/b`) names a node of the YAML file. */
function resolvesIn(file: string, pointer: string): boolean {
  let node: unknown = parseYaml(readFileSync(`${REPO_ROOT}/${file}`, "utf8"));
  for (const raw of pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((segment) => segment !== "")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (typeof node !== "object" || node === null || !(segment in node)) return false;
    node = (node as Record<string, unknown>)[segment];
  }
  return true;
}

const sortById = <T extends { id?: string; kind?: string; operation: string }>(items: T[]) =>
  [...items].sort((a, b) => `${a.id ?? a.kind} ${a.operation}`.localeCompare(`${b.id ?? b.kind} ${b.operation}`));

/**
 * The issue lines of an error on stderr, without the code frame under each
 * (`> 14 |     schema:`, `   |     ^`, `  15 | …`) and the blank lines between issues.
 */
function issueLines(stderr: string): string[] {
  return stderr.split("\n").filter((line) => line !== "" && !/^[> ] *\d* \|/.test(line));
}

describe.concurrent("exit codes", () => {
  // Pair → which level its worst change is at ("error": the revision does not load).
  const pairs = {
    breaking: [V1, V2_BREAKING],
    warning: [V1, V2_WARNING],
    info: [V1, V2_INFO],
    none: [V1, V2_DOCS],
    error: [V1, `${FIXTURES}/bad-ref.yaml`],
  } as const;
  const expected: Record<string, Record<keyof typeof pairs, number>> = {
    "(default: breaking)": { breaking: 1, warning: 0, info: 0, none: 0, error: 2 },
    breaking: { breaking: 1, warning: 0, info: 0, none: 0, error: 2 },
    warning: { breaking: 1, warning: 1, info: 0, none: 0, error: 2 },
    never: { breaking: 0, warning: 0, info: 0, none: 0, error: 2 },
  };
  const cases = Object.entries(expected).flatMap(([failOn, byPair]) =>
    (Object.keys(pairs) as (keyof typeof pairs)[]).map((pair) => ({ failOn, pair, code: byPair[pair] })),
  );

  it.each(cases)("--fail-on $failOn, worst change $pair → exit $code", async ({ failOn, pair, code }) => {
    const flags = failOn.startsWith("(") ? [] : ["--fail-on", failOn];
    const result = await specDiff([...pairs[pair], ...flags, "--format", "json"]);
    expect(result.code).toBe(code);
    if (pair === "error") {
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(/^revision: test\/fixtures\/spec-diff-cli\/bad-ref\.yaml:14 #\//);
      return;
    }
    expect(result.stderr).toBe("");
    // The report is the same whatever --fail-on says: only the exit code follows it.
    const report = checkJsonShape(result.stdout);
    expect(report.summary.breaking > 0 ? "breaking" : report.summary.warning > 0 ? "warning" : report.summary.info > 0 ? "info" : "none").toBe(pair);
  });
});

describe.concurrent("--format json", () => {
  it("has exactly the documented keys, and every change of the fixture pair", async () => {
    const result = await specDiff([V1, V2_BREAKING, "--format", "json"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const report = checkJsonShape(result.stdout);
    expect(sortById(report.changes)).toEqual(
      sortById([
        {
          id: "operation-removed",
          level: "breaking",
          operation: "DELETE /pets/{petId}",
          location: "#/paths/~1pets~1{petId}/delete",
          message: "operation removed without being deprecated first",
        },
        { id: "operation-deprecated", level: "warning", operation: "GET /pets", location: "#/paths/~1pets/get", message: "operation deprecated" },
        { id: "operation-added", level: "info", operation: "GET /owners", location: "#/paths/~1owners/get", message: "operation added" },
        {
          id: "request-type-widened",
          level: "info",
          operation: "POST /pets",
          location: "#/components/schemas/NewPet/properties/tag",
          message: expect.stringContaining("`tag`") as unknown as string,
        },
      ]),
    );
    expect(report.summary).toEqual({ breaking: 1, warning: 1, info: 2 });
    // Removed things are located in the base, everything else in the revision.
    for (const change of report.changes) {
      const side = change.id.endsWith("-removed") && change.id.startsWith("operation") ? V1 : V2_BREAKING;
      expect(resolvesIn(side, change.location), `${change.id} ${change.location} in ${side}`).toBe(true);
    }
    expect(sortById(report.sdk.changes)).toEqual(
      sortById([
        { kind: "method-removed", method: "pets.deletePet", operation: "DELETE /pets/{petId}", breaking: true, message: "`pets.deletePet()` removed" },
        { kind: "method-added", method: "pets.listOwners", operation: "GET /owners", breaking: false, message: "`pets.listOwners()` added" },
        {
          kind: "params-changed",
          method: "pets.createPet",
          operation: "POST /pets",
          breaking: false,
          message: expect.stringContaining("pets.createPet()") as unknown as string,
        },
      ]),
    );
    expect(report.semver).toBe("major");
    // Two-space indented, one trailing newline, nothing else on stdout.
    expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(result.stdout), null, 2)}\n`);
  });

  it("reports nothing, and bump none, for a spec against itself", async () => {
    const result = await specDiff([V1, V1, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ changes: [], summary: { breaking: 0, warning: 0, info: 0 }, sdk: { changes: [] }, semver: "none" });
  });

  it("reports nothing but a patch bump when only descriptions changed", async () => {
    const result = await specDiff([V1, V2_DOCS, "--format", "json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ changes: [], summary: { breaking: 0, warning: 0, info: 0 }, sdk: { changes: [] }, semver: "patch" });
  });

  it("is a minor bump for additions only", async () => {
    const report = checkJsonShape((await specDiff([V1, V2_INFO, "--format", "json"])).stdout);
    expect(report.semver).toBe("minor");
    expect(report.changes.map((change) => change.id)).toEqual(["operation-added"]);
  });
});

/** Cells of a Markdown table row, `\|` kept inside its cell. */
function cells(row: string): string[] {
  expect(row.startsWith("| ") && row.endsWith(" |"), row).toBe(true);
  return row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((cell) => cell.trim());
}

describe.concurrent("--format markdown", () => {
  it("is a PR comment: marker, one summary line, breaking table, SDK impact, the rest folded", async () => {
    const result = await specDiff([V1, V2_BREAKING, "--format", "markdown"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const markdown = result.stdout;
    expect(markdown.endsWith("\n") && !markdown.endsWith("\n\n")).toBe(true);
    const lines = markdown.trimEnd().split("\n");
    expect(lines[0]).toBe("<!-- spec-diff -->");
    expect(lines[1]).toBe("**API changes:** 1 breaking, 1 warning, 2 info · recommended version bump: **major**");
    // Exactly one summary line.
    expect(lines.filter((line) => line.startsWith("**API changes:**"))).toHaveLength(1);
    expect(markdown.match(/<!-- spec-diff -->/g)).toHaveLength(1);

    const breakingAt = lines.indexOf("### Breaking changes");
    const sdkAt = lines.indexOf("### SDK impact");
    const detailsAt = lines.findIndex((line) => line.startsWith("<details>"));
    expect(breakingAt).toBeGreaterThan(1);
    expect(sdkAt).toBeGreaterThan(breakingAt);
    expect(detailsAt).toBeGreaterThan(sdkAt);
    expect(lines.at(-1)).toBe("</details>");

    // Breaking table: header, separator, one row per breaking change, four cells each.
    const breakingTable = lines.slice(breakingAt + 1, sdkAt).filter((line) => line.startsWith("|"));
    expect(breakingTable[0]).toBe("| Operation | Change | Rule | Location |");
    expect(breakingTable[1]).toBe("| --- | --- | --- | --- |");
    expect(breakingTable.slice(2).map(cells)).toEqual([
      ["`DELETE /pets/{petId}`", "operation removed without being deprecated first", "`operation-removed`", "`#/paths/~1pets~1{petId}/delete`"],
    ]);

    const sdkItems = lines.slice(sdkAt + 1, detailsAt).filter((line) => line.startsWith("- "));
    expect(sdkItems).toHaveLength(3);
    expect(sdkItems.filter((item) => item.startsWith("- **breaking** "))).toEqual(["- **breaking** `pets.deletePet()` removed (`DELETE /pets/{petId}`)"]);

    expect(lines[detailsAt]).toBe("<details><summary>1 warning and 2 other changes</summary>");
    const restTable = lines.slice(detailsAt + 1, -1).filter((line) => line.startsWith("|"));
    expect(restTable[0]).toBe("| Level | Operation | Change | Rule | Location |");
    expect(restTable[1]).toBe("| --- | --- | --- | --- | --- |");
    const rows = restTable.slice(2).map(cells);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows.map((row) => [row[0], row[1], row[3]])).toEqual([
      ["warning", "`GET /pets`", "`operation-deprecated`"],
      ["info", "`GET /owners`", "`operation-added`"],
      ["info", "`POST /pets`", "`request-type-widened`"],
    ]);
    // A `|` in a message ("string | integer") is escaped, so it does not split the cell.
    expect(rows[2]?.[2]).toMatch(/string \\\| integer|integer \\\| string/);
    // No breaking change is repeated in the folded part.
    expect(restTable.some((line) => line.includes("operation-removed"))).toBe(false);
  });

  it("has no breaking table when nothing breaks", async () => {
    const result = await specDiff([V1, V2_WARNING, "--format", "markdown"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("<!-- spec-diff -->");
    expect(lines[1]).toBe("**API changes:** 0 breaking, 1 warning, 0 info · recommended version bump: **minor**");
    expect(lines).not.toContain("### Breaking changes");
    expect(lines).not.toContain("### SDK impact");
    expect(lines.filter((line) => line.startsWith("<details>"))).toEqual(["<details><summary>1 warning and 0 other changes</summary>"]);
  });

  it('says "No API changes." when nothing changed', async () => {
    const same = await specDiff([V1, V1, "--format", "markdown"]);
    expect(same.code).toBe(0);
    expect(same.stderr).toBe("");
    expect(same.stdout).toBe("<!-- spec-diff -->\n**No API changes.**\n");
    const docs = await specDiff([V1, V2_DOCS, "--format", "markdown"]);
    expect(docs.code).toBe(0);
    expect(docs.stdout).toMatch(/^<!-- spec-diff -->\n\*\*No API changes\.\*\*.*patch.*\n$/);
    expect(docs.stdout).not.toContain("|");
  });
});

const ANSI = /\u001b\[/;

describe.concurrent("--format text (the default)", () => {
  it("is plain text without ANSI codes when stdout is not a TTY, even without NO_COLOR", async () => {
    const result = await specDiff([V1, V2_BREAKING]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toMatch(ANSI);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.slice(0, 4)).toEqual([
      expect.stringMatching(/^breaking +DELETE \/pets\/\{petId\} +operation removed without being deprecated first +\[operation-removed\]$/),
      expect.stringMatching(/^warning +GET \/pets +operation deprecated +\[operation-deprecated\]$/),
      expect.stringMatching(/^info +GET \/owners +operation added +\[operation-added\]$/),
      expect.stringMatching(/^info +POST \/pets .*\[request-type-widened\]$/),
    ]);
    expect(lines).toContain("SDK impact:");
    expect(lines.at(-1)).toBe("1 breaking, 1 warning(s), 2 info; recommended version bump: major");
    // --format text is the same as no --format.
    const explicit = await specDiff([V1, V2_BREAKING, "--format", "text"]);
    expect(explicit.stdout).toBe(result.stdout);
  });

  it('says "No API changes." when nothing changed', async () => {
    const result = await specDiff([V1, V1]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("No API changes.\n");
  });

  // `script` gives the CLI a pseudo-terminal as stdout.
  const SCRIPT = "/usr/bin/script";
  const inTerminal = (env: Record<string, string>) => {
    const command = ["node", "--import", "tsx", "scripts/spec-diff.ts", V1, V2_BREAKING].map((arg) => `'${arg}'`).join(" ");
    return exec(SCRIPT, ["-qec", command, "/dev/null"], cleanEnv(env));
  };

  it.skipIf(!existsSync(SCRIPT))("is coloured on a TTY, and not with NO_COLOR set", async () => {
    const [coloured, plain] = await Promise.all([inTerminal({}), inTerminal({ NO_COLOR: "1" })]);
    expect(coloured.code).toBe(1);
    expect(coloured.stdout).toContain("\u001b[31mbreaking");
    expect(coloured.stdout).toContain("\u001b[33mwarning");
    expect(coloured.stdout).toContain("\u001b[0m");
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("breaking DELETE /pets/{petId}");
    expect(plain.stdout).not.toMatch(ANSI);
  });
});

describe.concurrent("stdout carries only the report", () => {
  it("through npm run -s, as CI runs it: stdout parses as the JSON report, the exit code comes through", async () => {
    const viaNpm = await exec("npm", ["run", "-s", "spec:diff", "--", V1, V2_BREAKING, "--format", "json"], cleanEnv());
    expect(viaNpm.code).toBe(1);
    expect(viaNpm.stderr).toBe("");
    checkJsonShape(viaNpm.stdout);
    const direct = await specDiff([V1, V2_BREAKING, "--format", "json"]);
    expect(viaNpm.stdout).toBe(direct.stdout);
  });

  it("errors go to stderr only, with exit 2", async () => {
    const viaNpm = await exec("npm", ["run", "-s", "spec:diff", "--", V1, `${FIXTURES}/bad-ref.yaml`, "--format", "json"], cleanEnv());
    expect(viaNpm.code).toBe(2);
    expect(viaNpm.stdout).toBe("");
    expect(viaNpm.stderr).toMatch(/^revision: /);
  });
});

describe.concurrent("a bad spec on either side: exit 2, side, file:line and pointer on stderr", () => {
  const cases = [
    {
      name: "a dangling $ref (YAML)",
      file: `${FIXTURES}/bad-ref.yaml`,
      issue: `${FIXTURES}/bad-ref.yaml:14 #/paths/~1pets/get/responses/200/content/application~1json/schema: Can't resolve $ref "#/components/schemas/Missing"`,
    },
    {
      name: "a dangling $ref (JSON)",
      file: `${FIXTURES}/bad-ref.json`,
      issue: `${FIXTURES}/bad-ref.json:9 #/paths/~1pets~1{petId}/get/parameters/0/schema: Can't resolve $ref "#/components/schemas/PetId"`,
    },
    {
      name: "Swagger 2.0",
      file: `${FIXTURES}/swagger2.yaml`,
      issue: `${FIXTURES}/swagger2.yaml:1 #/swagger: Swagger 2.0 is not supported: convert it to OpenAPI 3.0 or 3.1`,
    },
  ];
  for (const { name, file, issue } of cases) {
    it(`${name}, as the revision and as the base`, async () => {
      const [asRevision, asBase] = await Promise.all([specDiff([V1, file, "--format", "json"]), specDiff([file, V1, "--format", "json"])]);
      for (const [side, result] of [
        ["revision", asRevision],
        ["base", asBase],
      ] as const) {
        expect(result).toMatchObject({ code: 2, stdout: "" });
        expect(issueLines(result.stderr)).toEqual([`${side}: ${issue}`]);
        // Under it, a frame of the file with the issue's line marked.
        const line = /:(\d+) #/.exec(issue)?.[1];
        expect(result.stderr).toMatch(new RegExp(`^> *${line} \\| `, "m"));
      }
    });
  }

  it("invalid YAML: the line of the syntax error", async () => {
    const result = await specDiff([`${FIXTURES}/broken.yaml`, V1]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    const lines = issueLines(result.stderr);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(new RegExp(`^base: ${FIXTURES}/broken\\.yaml:[67] #: invalid YAML: `));
  });

  it("both sides bad: every problem of both sides, each named with its side", async () => {
    const result = await specDiff([`${FIXTURES}/swagger2.yaml`, `${FIXTURES}/bad-ref.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(issueLines(result.stderr)).toEqual([
      `base: ${FIXTURES}/swagger2.yaml:1 #/swagger: Swagger 2.0 is not supported: convert it to OpenAPI 3.0 or 3.1`,
      `revision: ${FIXTURES}/bad-ref.yaml:14 #/paths/~1pets/get/responses/200/content/application~1json/schema: Can't resolve $ref "#/components/schemas/Missing"`,
    ]);
  });

  it("a missing file", async () => {
    const result = await specDiff([V1, `${FIXTURES}/no-such-spec.yaml`]);
    expect(result).toEqual({ code: 2, stdout: "", stderr: `revision: ${FIXTURES}/no-such-spec.yaml: no such file\n` });
  });

  it("both sides bad: at least one side is named, never a stack trace", async () => {
    const result = await specDiff([`${FIXTURES}/bad-ref.yaml`, `${FIXTURES}/swagger2.yaml`]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^(base|revision): test\/fixtures\/spec-diff-cli\/\S+:\d+ #/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  // A spec split over two files: the dangling $ref is in split/schemas.yaml at #/Pet/properties/id
  // (line 8, where `id:` holds it, as for single files), reached from split/api.yaml.
  it("a dangling $ref in the second file of a split spec names that file, its line and pointer", async () => {
    const [asRevision, asBase] = await Promise.all([specDiff([V1, `${FIXTURES}/split/api.yaml`]), specDiff([`${FIXTURES}/split/api.yaml`, V1])]);
    for (const [side, result] of [
      ["revision", asRevision],
      ["base", asBase],
    ] as const) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(new RegExp(`^${side}: ${FIXTURES}/split/schemas\\.yaml:8 #/Pet/properties/id: Can't resolve \\$ref "#/NoSuchId"$`, "m"));
    }
  });
});

describe.concurrent("bad flags: exit 2 with the usage on stderr, nothing on stdout", () => {
  const USAGE = /Usage: npm run -s spec:diff -- OLD NEW \[options\]/;
  const cases: { name: string; args: string[]; says: RegExp }[] = [
    { name: "--format xml", args: [V1, V1, "--format", "xml"], says: /--format must be one of markdown, json, text/ },
    { name: "--fail-on sometimes", args: [V1, V1, "--fail-on", "sometimes"], says: /--fail-on must be one of breaking, warning, never/ },
    { name: "one file", args: [V1], says: /give two spec files/ },
    { name: "no arguments", args: [], says: /give two spec files/ },
    { name: "three files", args: [V1, V1, V1], says: /give two spec files/ },
    { name: "--base with files", args: ["--base", "HEAD", V1, V1], says: /give no files with it/ },
    { name: "an unknown flag (--bogus)", args: ["--bogus", V1, V1], says: /--bogus/ },
    { name: "an unknown short flag (-x)", args: ["-x", V1, V1], says: /-x/ },
    { name: "--format without its value", args: [V1, V1, "--format"], says: /--format/ },
  ];
  it.each(cases)("$name", async ({ args, says }) => {
    const result = await specDiff(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(says);
    expect(result.stderr).toMatch(USAGE);
    // A user error, not a crash: no stack trace.
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("--help: exit 0 with the usage, no report", async () => {
    const result = await specDiff(["--help"]);
    expect(result.code).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(USAGE);
    expect(`${result.stdout}${result.stderr}`).toContain("Exit codes: 0");
  });
});
