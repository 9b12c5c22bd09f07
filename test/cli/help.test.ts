// `api-clients --help`, each command's `--help`, `--version`, and what a wrong command line gets:
// the bin spawned as a new user runs it. Each command's help must list every option of its
// option table (the table the parser reads) with that option's default.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import type { Command, OptionSpec } from "../../scripts/cli/command.js";
import { checkCommand, generateCommand } from "../../scripts/generate.js";
import { diffCommand } from "../../scripts/spec-diff.js";
import { watchCommand } from "../../scripts/watch.js";
import { REPO_ROOT, runBin } from "../helpers/cli.js";

const COMMANDS: [string, Command][] = [
  ["generate", generateCommand as Command],
  ["check", checkCommand as Command],
  ["watch", watchCommand as Command],
  ["diff", diffCommand as Command],
];

function defaultOf(spec: OptionSpec): string {
  return spec.type === "boolean" ? "false" : (spec.defaultText ?? spec.default ?? "none");
}

describe.concurrent("--help", () => {
  it.each(COMMANDS)("api-clients %s --help lists every option with its default, on stdout, exit 0", async (name, command) => {
    const result = await runBin([name, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")[0]).toBe(`Usage: api-clients ${name} ${command.usage[0]}`);
    // Option rows are wrapped at 100 columns; joined back, each reads as one sentence.
    const text = result.stdout.replace(/\n {8,}/g, " ");
    for (const [option, spec] of Object.entries(command.options)) {
      const flag = `--${option}${spec.type === "string" ? ` ${spec.arg}` : ""}`;
      const row = text.split("\n").find((line) => new RegExp(`^  (-\\w, |    )${flag.replace(/[$]/g, "\\$&")}  `).test(line));
      expect(row, flag).toBeDefined();
      expect(row).toContain(`(default: ${defaultOf(spec)})`);
    }
    expect(Object.keys(command.options)).toEqual(expect.arrayContaining(["help"]));
    expect(result.stdout).toMatch(/^Exit codes: /m);
  });

  it("the defaults help shows are the parser's: check is off, diff formats text and fails on breaking, watch debounces 100 ms", () => {
    const [generate, diff, watch] = [generateCommand.options, diffCommand.options, watchCommand.options];
    expect(generate.check.type).toBe("boolean");
    expect([diff.format.default, diff["fail-on"].default, watch.debounce.default]).toEqual(["text", "breaking", "100"]);
  });

  it("api-clients --help names every command; --version prints package.json's version", async () => {
    const [help, version] = await Promise.all([runBin(["--help"]), runBin(["--version"])]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: api-clients <command> \[options\]\n/);
    for (const [name] of COMMANDS) expect(help.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    expect(help.stdout).toContain("-h, --help      show this help (default: false)");
    expect(help.stdout).toContain("-v, --version   print the version (default: false)");
    const { version: expected } = JSON.parse(await readFile(`${REPO_ROOT}/package.json`, "utf8")) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${expected}\n`, stderr: "" });
  });
});

describe.concurrent("a wrong command line: a clear message and the usage on stderr, exit 2, stdout empty", () => {
  const cases: { name: string; args: string[]; says: string }[] = [
    { name: "an unknown command, with a suggestion", args: ["genrate"], says: 'api-clients: unknown command "genrate" (did you mean "generate"?)' },
    { name: "no command", args: [], says: "api-clients: give a command" },
    { name: "an unknown option, with a suggestion", args: ["generate", "--chek"], says: "api-clients generate: unknown option --chek (did you mean --check?)" },
    { name: "an unknown short option", args: ["check", "-x"], says: "api-clients check: unknown option -x" },
    { name: "a missing option value", args: ["diff", "a.yaml", "b.yaml", "--format"], says: "api-clients diff: --format needs a value" },
    { name: "a value for a flag", args: ["check", "--quiet=yes"], says: "api-clients check: --quiet takes no value" },
    { name: "a stray argument", args: ["generate", "specs/modbox.yaml"], says: 'api-clients generate: unexpected argument "specs/modbox.yaml"' },
    { name: "--out without --spec", args: ["generate", "--out", "x"], says: "api-clients generate: --out and --name apply to --spec" },
    {
      name: "--json against --format",
      args: ["diff", "a.yaml", "b.yaml", "--json", "--format", "markdown"],
      says: "api-clients diff: --json and --format markdown disagree",
    },
    {
      name: "a bad --debounce",
      args: ["watch", "--debounce", "soon"],
      says: 'api-clients watch: --debounce expects a whole number of milliseconds, got "soon"',
    },
  ];
  it.each(cases)("$name", async ({ args, says }) => {
    const result = await runBin(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.split("\n")[0]).toContain(says);
    expect(result.stderr).toMatch(/\nUsage: api-clients /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
