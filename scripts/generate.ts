// CLI only: flags → pipeline → exit code. Stages live in scripts/pipeline/.
// Everything it prints goes to stderr, so that `npm run -s generate` leaves stdout clean.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { clientForSpec, listClients, runtimeImportFor } from "./clients.js";
import type { ClientConfig } from "./pipeline/config.js";
import type { GeneratedFile } from "./pipeline/emit-client.js";
import { SpecError } from "./pipeline/spec-error.js";
import { startTypesWorker } from "./pipeline/types-emitter.js";
import { staleFiles, writeOutput } from "./pipeline/write-output.js";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");

const USAGE = `Usage: npm run generate -- [options]

Generates a typed client for every spec in specs/ (see clients.config.json).

Options:
  --check          compare generated/ with what the specs produce; exit 1 and name stale files
  --spec FILE      generate one client from FILE (YAML or JSON)
  --out DIR        output folder for --spec (default: generated/<file name>)
  --name NAME      client class name for --spec (default: from the file name)
  -h, --help       show this help`;

interface Generated {
  client: ClientConfig;
  files: GeneratedFile[];
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      check: { type: "boolean", default: false },
      spec: { type: "string" },
      out: { type: "string" },
      name: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const cwd = process.cwd();
  const clients = values.spec
    ? [await clientForSpec(cwd, resolve(cwd, values.spec), { name: values.name, output: values.out })]
    : await listClients(ROOT);
  const base = values.spec ? cwd : ROOT;
  const started = performance.now();
  // The worker starts loading openapi-typescript now, while this thread loads the rest.
  const types = startTypesWorker();
  const { generateClient } = await import("./pipeline/generate-client.js");
  const generateOne = async (client: ClientConfig): Promise<Generated> => {
    const runtimeImport = await runtimeImportFor(ROOT, resolve(base, client.output));
    return { client, files: await generateClient(client, { cwd: base, runtimeImport, types }) };
  };
  const results = await Promise.allSettled(clients.map(generateOne));
  await types.close();
  const failures = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  if (failures.length > 0) return reportFailures(failures);
  const generated = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
  return values.check ? check(generated, base) : write(generated, base, started);
}

/** Spec errors are the user's: one line each, no stack. Anything else is our bug: the stack. */
function reportFailures(failures: unknown[]): number {
  for (const failure of failures) {
    const message = failure instanceof SpecError ? failure.message : failure instanceof Error ? (failure.stack ?? failure.message) : String(failure);
    process.stderr.write(`${message}\n`);
  }
  process.stderr.write("generate: nothing was written.\n");
  return failures.every((failure) => failure instanceof SpecError) ? 1 : 2;
}

async function check(generated: Generated[], base: string): Promise<number> {
  let stale = 0;
  for (const { client, files } of generated) {
    for (const path of await staleFiles(resolve(base, client.output), files)) {
      process.stderr.write(`stale: ${client.output}/${path}\n`);
      stale++;
    }
  }
  process.stderr.write(stale === 0 ? "generated code is up to date.\n" : `${stale} stale file(s): run \`npm run generate\`.\n`);
  return stale === 0 ? 0 : 1;
}

async function write(generated: Generated[], base: string, started: number): Promise<number> {
  for (const { client, files } of generated) {
    const outputDir = resolve(base, client.output);
    const changed = await staleFiles(outputDir, files);
    if (changed.length > 0) await writeOutput(outputDir, files);
    const what = changed.length === 0 ? "unchanged" : `${changed.length} file(s) written`;
    process.stderr.write(`${client.spec} → ${client.output}: ${what}\n`);
  }
  process.stderr.write(`generated ${generated.length} client(s) in ${Math.round(performance.now() - started)} ms\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
