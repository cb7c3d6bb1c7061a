/**
 * A value built on its first use and kept from then on.
 *
 * Speed: the server's cold start (spawn to the `initialize` answer) pays for every table and regular
 * expression built at module load, though `initialize` needs none of them. Wrapping such module-level
 * work in `lazy` moves it to the first analysis, or skips it for a process that never needs it.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
