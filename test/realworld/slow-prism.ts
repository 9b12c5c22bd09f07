/**
 * `prism mock --errors` like test/helpers/prism.ts, with a startup budget of the caller's choice.
 * The shared helper allows 30 s; Prism needs 10-16 s to load GitHub's 13 MB spec on an idle
 * 2-core machine and about twice that while the rest of the suite runs, so that one spec gets up
 * to 60 s here. Small specs use the shared helper.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import type { PrismServer } from "../helpers/prism.js";
import { REPO_ROOT } from "./harness.js";

const PRISM_BIN = resolve(REPO_ROOT, "node_modules/.bin/prism");

export async function startPrismWithin(specFile: string, timeoutMs: number): Promise<PrismServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(PRISM_BIN, ["mock", "--errors", "-h", "127.0.0.1", "-p", String(port), resolve(REPO_ROOT, specFile)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-4_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const deadline = Date.now() + timeoutMs;
  while (!(await answers(url))) {
    if (hasExited || Date.now() > deadline) {
      await stop(child, exited);
      const why = hasExited ? "the process exited" : `no HTTP answer within ${timeoutMs} ms`;
      throw new Error(`Prism did not start for ${specFile}: ${why}\n${output}`);
    }
    await new Promise((wake) => setTimeout(wake, 200));
  }
  return { url, stop: () => stop(child, exited) };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => (port ? done(port) : fail(new Error("no port assigned"))));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

async function stop(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const forceKill = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(forceKill);
}
