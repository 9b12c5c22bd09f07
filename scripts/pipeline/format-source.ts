import { IndentationText, NewLineKind, Project, QuoteKind, type StatementStructures } from "ts-morph";

/**
 * Prints statements to source text and formats it with TypeScript's formatter, in memory:
 * the golden files, `--check` and the disk all see these exact bytes.
 */
export function formatSource(statements: (string | StatementStructures)[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
      useTrailingCommas: true,
    },
  });
  // Built in one go from structures: editing a large file node by node is quadratic in ts-morph.
  const file = project.createSourceFile("file.ts", { statements });
  file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
  return file.getFullText();
}
