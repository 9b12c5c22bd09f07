/**
 * One `abort` listener per caller's signal, however many calls share it. A listener per call
 * would put hundreds on a signal shared by a batch of calls, and Node prints a
 * MaxListenersExceededWarning past 10; here the calls' callbacks share one listener, added by
 * the first call and removed by the last.
 */

interface Waiting {
  readonly callbacks: Set<() => void>;
  readonly listener: () => void;
}

/** The calls waiting on each signal; the entry goes with the last of them. */
const waitingOn = new WeakMap<AbortSignal, Waiting>();

/** Runs `callback` once when `signal` aborts; the returned function stops that (call it when done). */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let waiting = waitingOn.get(signal);
  if (waiting === undefined) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      waitingOn.delete(signal);
      for (const waiter of callbacks) waiter();
    };
    waiting = { callbacks, listener };
    waitingOn.set(signal, waiting);
    signal.addEventListener("abort", listener, { once: true });
  }
  const { callbacks, listener } = waiting;
  callbacks.add(callback);
  return () => {
    if (!callbacks.delete(callback) || callbacks.size > 0) return;
    if (waitingOn.get(signal)?.callbacks === callbacks) waitingOn.delete(signal);
    signal.removeEventListener("abort", listener);
  };
}
