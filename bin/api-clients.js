#!/usr/bin/env node
// The api-clients CLI (scripts/cli/main.ts). Plain JavaScript, so it runs from a checkout with no
// build step: it registers tsx's ESM loader and imports the TypeScript CLI. Only the ESM hook is
// registered (`node --import tsx` also installs a CommonJS one that nothing here needs), and
// only the module of the command asked for is loaded: startup costs what `node --import tsx
// scripts/generate.ts` did.
import { register } from "tsx/esm/api";

register();
const { runAndExit } = await import("../scripts/cli/main.ts");
await runAndExit(process.argv.slice(2));
