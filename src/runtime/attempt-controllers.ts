/**
 * Abort controllers for attempts, reused by later attempts when nobody aborted them.
 *
 * Why: Node 20 makes every new `AbortSignal` transferable, which takes about 10 µs, and fetch
 * then spends a few more following the signal: together a few percent of a small call on a fast
 * network, for a signal that is almost never aborted. An attempt needs a signal of its own only
 * while it runs; once it is over, an unaborted controller can serve the next one.
 *
 * Why it is safe: a request stays subscribed to the signal it was sent with after it completes
 * (undici unsubscribes when the request is garbage-collected), so aborting a reused controller
 * also reaches earlier requests. They are complete and their bodies read, and aborting a complete
 * fetch does nothing: the Fetch standard's abort steps only error a body still being read, and
 * undici ignores an abort of a completed request. So a controller goes back only after an attempt
 * whose body was read whole; a stream's controller never does. Each serves at most `MAX_USES`
 * attempts, so those subscriptions stay few.
 */

/**
 * Attempts one controller serves before it is dropped. Fetch leaves a listener on it per request
 * until GC; a fetch of the caller's may do the same, and Node warns past 10 listeners.
 */
const MAX_USES = 8;
/** Idle controllers kept: as many as calls usually run at once. */
const MAX_IDLE = 8;

export interface AttemptController {
  readonly controller: AbortController;
  uses: number;
}

/** Controllers for one transport's attempts. */
export class AttemptControllers {
  readonly #idle: AttemptController[] = [];

  /** A controller no running attempt uses, never aborted. */
  take(): AttemptController {
    const taken = this.#idle.pop() ?? { controller: new AbortController(), uses: 0 };
    taken.uses++;
    return taken;
  }

  /** Returns a controller whose attempt is over and whose response body was read whole. */
  giveBack(done: AttemptController): void {
    if (done.controller.signal.aborted || done.uses >= MAX_USES || this.#idle.length >= MAX_IDLE) return;
    this.#idle.push(done);
  }
}
