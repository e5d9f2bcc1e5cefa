/**
 * The engine's two memo shapes, so each cache is one line where it is used: a bounded cache of
 * results by string (sentences seen again within a page and across pages), and a per-claim cache
 * that lives exactly as long as the claim's features object.
 */

/** Remember `compute(key)` for the last `limit` keys (oldest dropped first). */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    // (An undefined result is remembered too: "no verdict in this sentence" is worth keeping.)
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      if (cache.size >= limit) cache.delete(cache.keys().next().value!);
      cache.set(key, value);
    }
    return value as T;
  };
}

/** Remember `compute(obj)` per object, for as long as the object lives. */
export function perObject<K extends object, T>(compute: (obj: K) => T): (obj: K) => T {
  const cache = new WeakMap<K, T>();
  return (obj) => {
    let value = cache.get(obj);
    if (value === undefined) cache.set(obj, (value = compute(obj)));
    return value;
  };
}
