/** Draining async iterables (pages, streams) in tests. */
import { rejectionOf } from "./runtime.js";

/** Every value, in order. */
export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const taken: T[] = [];
  for await (const value of iterable) taken.push(value);
  return taken;
}

/** The values given before the iteration failed, and its failure; fails the test if it ends without one. */
export async function collectUntilError<T>(iterable: AsyncIterable<T>): Promise<{ taken: T[]; error: Error }> {
  const taken: T[] = [];
  const error = await rejectionOf(
    (async () => {
      for await (const value of iterable) taken.push(value);
    })(),
  );
  return { taken, error };
}
