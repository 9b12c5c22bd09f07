/**
 * Strict type-check of the project, generated code included.
 *
 * Generated `client.ts` and `schema.ts` carry `// @ts-nocheck` so that a consumer's compiler
 * does not re-check thousands of generated declarations on every build (on GitHub's spec that
 * is 20× fewer types created for a one-call consumer). Our own check must not skip them: this
 * compiles every file as it is, except that the generated pragma line is blanked out.
 *
 *   tsx scripts/typecheck.ts [-p tsconfig.json] [FILE…]
 *
 * With FILEs, only they (and what they import) are checked, with the tsconfig's options.
 * Prints diagnostics to stderr; exit 1 when there are any.
 */
import { resolve } from "node:path";
import ts from "typescript";
import { GENERATED_NOCHECK_LINE } from "./emit/header.js";

/** Diagnostics of a strict check, formatted; empty when the code compiles. */
export function typecheck(tsconfigPath: string, files: string[] = []): string {
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve(tsconfigPath),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (config === undefined) throw new Error(`cannot read ${tsconfigPath}`);
  const options = { ...config.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => {
    const text = readFile(fileName);
    // Same length and lines, so positions in diagnostics stay true.
    return text?.replace(GENERATED_NOCHECK_LINE, (line) => " ".repeat(line.length));
  };
  const rootNames = files.length > 0 ? files.map((file) => resolve(file)) : config.fileNames;
  const program = ts.createProgram({ rootNames, options, host });
  // TS18002 "the files list is empty": a config used only for its options, with files given here.
  const configErrors = config.errors.filter((diagnostic) => !(files.length > 0 && diagnostic.code === 18002));
  const diagnostics = [...configErrors, ...ts.getPreEmitDiagnostics(program)];
  return ts.formatDiagnostics(diagnostics, {
    getCanonicalFileName: (name) => name,
    getCurrentDirectory: () => process.cwd(),
    getNewLine: () => "\n",
  });
}

function main(argv: string[]): number {
  const projectFlag = argv.indexOf("-p");
  const tsconfig = projectFlag >= 0 ? argv[projectFlag + 1] : "tsconfig.json";
  if (tsconfig === undefined) {
    process.stderr.write("typecheck: -p needs a tsconfig path\n");
    return 2;
  }
  const files = projectFlag >= 0 ? [...argv.slice(0, projectFlag), ...argv.slice(projectFlag + 2)] : argv;
  const output = typecheck(tsconfig, files);
  process.stderr.write(output);
  return output === "" ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}
