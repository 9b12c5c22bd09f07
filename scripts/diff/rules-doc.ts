/**
 * docs/spec-diff-rules.md, written from the rule modules themselves so that the list cannot
 * drift from the code: `node --import tsx scripts/diff/rules-doc.ts` rewrites it, and a test
 * fails when it is out of date.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { RULES } from "./rules/index.js";
import { LEVELS } from "./types.js";

const SECTIONS: { key: keyof typeof RULES; title: string; what: string }[] = [
  { key: "document", title: "Document", what: "the document as a whole (reported for operation `*`)" },
  { key: "operation", title: "Operations", what: "operations, matched by method and path with path-parameter names ignored" },
  { key: "parameter", title: "Parameters", what: "path, query, header and cookie parameters (path parameters matched by position)" },
  { key: "body", title: "Request bodies", what: "the request body and its media types" },
  { key: "responses", title: "Responses", what: "response statuses and media types" },
  {
    key: "schema",
    title: "Schemas",
    what: "every schema under parameters, bodies and responses, `$ref`s followed (a change to a shared component is reported for each operation that uses it)",
  },
];

export function renderRulesDoc(): string {
  const lines = [
    "# spec-diff rules",
    "",
    "<!-- Generated from scripts/diff/rules/*.ts by scripts/diff/rules-doc.ts. Do not edit. -->",
    "",
    "`npm run -s spec:diff` compares two versions of an OpenAPI document and reports each change under one of these rules.",
    "Every rule has a stable id (tools may match on it), a level and a one-line message.",
    "",
    "- **breaking**: existing callers, or code compiled against the generated SDK, stop working.",
    "- **warning**: callers keep working but may meet something they do not handle.",
    "- **info**: nothing breaks.",
    "",
    "Direction matters: in a request, narrowing what is accepted is breaking and widening is info; in a",
    "response, widening what is returned is breaking (or a warning), narrowing is info. The levels follow",
    "[oasdiff](https://github.com/oasdiff/oasdiff)'s, with one deliberate departure: an operationId or tag change",
    'renames or moves the generated SDK method, so it is breaking. 3.0 `nullable: true`, 3.1 `type: [x, "null"]` and',
    '`oneOf: [x, {type: "null"}]` are the same and never a change; `allOf` is merged; readOnly properties are ignored',
    "in requests and writeOnly ones in responses.",
    "",
    `${LEVELS.map(
      (level) =>
        `${
          Object.values(RULES)
            .flat()
            .filter((rule) => rule.level === level).length
        } ${level}`,
    ).join(", ")} rules.`,
  ];
  for (const section of SECTIONS) {
    lines.push(
      "",
      `## ${section.title}`,
      "",
      `Rules on ${section.what}.`,
      "",
      "| id | level | what it reports | example (base → revision) |",
      "| --- | --- | --- | --- |",
    );
    for (const rule of RULES[section.key]) lines.push(`| \`${rule.id}\` | ${rule.level} | ${rule.summary} | ${rule.example.replace(/\|/g, "\\|")} |`);
  }
  return `${lines.join("\n")}\n`;
}

export const RULES_DOC = resolve(import.meta.dirname, "../../docs/spec-diff-rules.md");

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await writeFile(RULES_DOC, renderRulesDoc());
  process.stderr.write(`wrote ${RULES_DOC}\n`);
}
