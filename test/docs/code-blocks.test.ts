// Docs that compile: every ```ts block in README.md and docs/*.md, and every script in
// examples/, type-checks as a user's ES module importing "api-clients" (issue "Docs that compile").
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateConfig } from "../../scripts/pipeline/config.js";
import { type CodeBlock, extractCodeBlocks, packagePaths, readCodeBlocks, ROOT, typeCheck } from "./code-blocks.js";

/**
 * Blocks allowed to skip the check (`<!-- not-checked -->`), by file and first line, each with
 * its reason. Only for a block that cannot compile here whatever we write in it.
 */
const NOT_CHECKED_ALLOWED: Readonly<Record<string, string>> = {
  "docs/adding-a-spec.md // scratch.ts; run with: node --import tsx scratch.ts":
    "imports ./generated/petstore/, the client the reader has just generated; it does not exist here",
};

async function markdownFiles(): Promise<string[]> {
  const docs = (await readdir(join(ROOT, "docs"))).filter((name) => name.endsWith(".md")).sort();
  return ["README.md", ...docs.map((name) => `docs/${name}`)];
}

async function exampleFiles(): Promise<string[]> {
  return (await readdir(join(ROOT, "examples")))
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .map((name) => `examples/${name}`);
}

const identify = (block: CodeBlock) => `${block.file} ${block.code.split("\n")[0]}`;

describe("code blocks of README.md and docs/*.md", () => {
  it("type-check, with the examples, in one strict program that imports the package by name", async () => {
    const blocks = await readCodeBlocks(await markdownFiles());
    const checked = blocks.filter((block) => !block.notChecked);
    const examples = await exampleFiles();

    const errors = await typeCheck([...checked.map((block) => ({ block })), ...examples.map((path) => ({ path }))]);

    expect(errors).toEqual([]);
    // The check saw what it should: the README's blocks, every page's, both examples.
    expect(checked.filter((block) => block.file === "README.md").length).toBeGreaterThanOrEqual(2);
    expect([...new Set(checked.map((block) => block.file))]).toEqual(
      expect.arrayContaining(["README.md", "docs/getting-started.md", "docs/errors-and-retries.md"]),
    );
    expect(examples).toEqual(expect.arrayContaining(["examples/aitronos.ts", "examples/modbox.ts"]));
  });

  it("skip a block only when it is on the allow-list, with a reason", async () => {
    const skipped = (await readCodeBlocks(await markdownFiles())).filter((block) => block.notChecked).map(identify);

    expect(skipped.sort()).toEqual(Object.keys(NOT_CHECKED_ALLOWED).sort());
  });
});

it("the clients.config.json entry in docs/adding-a-spec.md is one the generator accepts", async () => {
  const page = await readFile(join(ROOT, "docs/adding-a-spec.md"), "utf8");
  const [config, ...others] = extractCodeBlocks(page, "docs/adding-a-spec.md", new Set(["json"]));

  expect(others).toEqual([]);
  expect(validateConfig(JSON.parse(config?.code ?? "null"))).toEqual([]);
});

describe("the check itself", () => {
  it("fails on a wrong block, naming the Markdown file and line of each error", async () => {
    // Line 6: a role the spec does not have; line 10: an export the package does not have.
    const markdown = `# Page

\`\`\`ts
import { Modbox } from "api-clients";
const modbox = new Modbox();
await modbox.workspaces.updateWorkspaceMemberRole("w", "u", { role: "boss" });
\`\`\`

\`\`\`typescript
import { NoSuchExport } from "api-clients/aitronos";
\`\`\`
`;
    const blocks = extractCodeBlocks(markdown, "docs/wrong.md");

    const errors = await typeCheck(blocks.map((block) => ({ block })));

    expect(errors).toEqual([
      expect.stringMatching(/^docs\/wrong\.md:6:\d+ TS2322: Type '"boss"' is not assignable to type '"owner" \| "admin" \| "member" \| "viewer"'/),
      expect.stringMatching(/^docs\/wrong\.md:10:10 TS2305: Module '"api-clients\/aitronos"' has no exported member 'NoSuchExport'/),
    ]);
  });

  it("treats each block as its own module: top-level await works, names do not leak", async () => {
    const markdown = ["```ts", "const answer = await Promise.resolve(42);", "```", "```ts", "console.log(answer);", "```"].join("\n");

    const errors = await typeCheck(extractCodeBlocks(markdown, "docs/modules.md").map((block) => ({ block })));

    expect(errors).toEqual([expect.stringMatching(/^docs\/modules\.md:5:13 TS2304: Cannot find name 'answer'/)]);
  });

  it("extracts ts and typescript blocks only, with their fence lines, honouring <!-- not-checked -->", () => {
    const markdown = ["```sh", "npm ci", "```", "```ts", "a;", "```", "<!-- not-checked -->", "```typescript", "b;", "```", "````ts", "```", "c;", "````"].join(
      "\n",
    );

    const blocks = extractCodeBlocks(markdown, "x.md");

    expect(blocks).toEqual([
      { file: "x.md", fenceLine: 4, code: "a;", notChecked: false },
      { file: "x.md", fenceLine: 8, code: "b;", notChecked: true },
      { file: "x.md", fenceLine: 11, code: "```\nc;", notChecked: false },
    ]);
  });

  it("maps the package's entry points, as examples/tsconfig.json does for tsx", async () => {
    const text = await readFile(join(ROOT, "examples/tsconfig.json"), "utf8");
    // JSONC: drop whole-line comments before parsing.
    const examplesPaths = (JSON.parse(text.replace(/^\s*\/\/.*$/gm, "")) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;

    const expected = Object.fromEntries(Object.entries(await packagePaths()).map(([name, [target]]) => [name, [`../${target?.slice(ROOT.length + 1)}`]]));
    expect(examplesPaths).toEqual(expected);
  });
});
