/**
 * How far V8 lets a heap grow past what the last full collection kept before it collects again.
 * Its default grows the limit up to 4× the live heap when collections are quick, so on a giant
 * spec each thread (the pipeline's and the types worker's) held 3–4× its live data in garbage:
 * Graph v1.0 peaked at 1,150 MB. At 1.5× the peak was 860–970 MB, at 1.2× 815–880 MB (1.1× gains
 * nothing more), for about 5% more CPU (more frequent collections): within openapi-typescript's
 * own peak on the giants (bench section 8). Process-wide, so the types worker follows it; a value
 * the user set (NODE_OPTIONS, node's own flags) is theirs.
 */
import { setFlagsFromString } from "node:v8";

const GROWING_PERCENT = 20;

export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv, nodeOptions: string = process.env.NODE_OPTIONS ?? ""): void {
  const chosen = [...execArgv, nodeOptions].some((flags) => /--heap[-_]growing[-_]percent/.test(flags));
  if (!chosen) setFlagsFromString(`--heap-growing-percent=${GROWING_PERCENT}`);
}
