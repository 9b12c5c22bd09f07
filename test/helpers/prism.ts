/**
 * Runs Stoplight Prism as a mock server for a spec, so that generated clients can be tested
 * against responses (and request validation) that follow the spec, over real HTTP.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface PrismServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** Kills the mock server and waits until the process has exited. */
  stop(): Promise<void>;
}

const PRISM_BIN = fileURLToPath(new URL("../../node_modules/.bin/prism", import.meta.url));
// Prism takes a few seconds of CPU to load a spec; a suite that starts six at once next to other
// test files on a 2-core machine can wait far longer for them, and a wait is not a failure.
const STARTUP_TIMEOUT_MS = 120_000;
const POLL_INTERVAL_MS = 100;
const STOP_GRACE_MS = 5_000;

/**
 * Starts `prism mock --errors` for `specFile` (relative to the working directory or absolute).
 * `--errors` makes Prism answer invalid requests with 4xx instead of mocking a success anyway.
 */
export async function startPrism(specFile: string): Promise<PrismServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(PRISM_BIN, ["mock", "--errors", "-h", "127.0.0.1", "-p", String(port), resolve(specFile)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = collectOutput(child);
  const exited = waitForExit(child);

  try {
    await waitUntilServing(url, exited);
  } catch (error) {
    await kill(child, exited);
    throw new Error(`Prism did not start for ${specFile}: ${(error as Error).message}\n${output()}`, { cause: error });
  }
  return { url, stop: () => kill(child, exited) };
}

/**
 * Asks the OS for an unused port. Another process could take it before Prism binds it; that
 * race is rare enough on a test machine, and Prism then fails fast with EADDRINUSE.
 */
function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => (port ? resolvePort(port) : reject(new Error("no port assigned"))));
    });
  });
}

/** Keeps Prism's output, only to explain a failed start. */
function collectOutput(child: ChildProcess): () => string {
  let text = "";
  const append = (chunk: Buffer) => {
    text = (text + chunk.toString("utf8")).slice(-4_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  return () => text;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolveExit();
    child.once("exit", () => resolveExit());
  });
}

/** Polls until any HTTP answer comes back (a 404 counts: the server is up), or Prism exits. */
async function waitUntilServing(url: string, exited: Promise<void>): Promise<void> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error("the process exited");
    if (await answersHttp(url)) return;
    await new Promise((wake) => setTimeout(wake, POLL_INTERVAL_MS));
  }
  throw new Error(`no HTTP answer within ${STARTUP_TIMEOUT_MS} ms`);
}

async function answersHttp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM first so Prism can close its socket; SIGKILL if it lingers, so a test run never hangs. */
async function kill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const forceKill = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
  await exited;
  clearTimeout(forceKill);
}
