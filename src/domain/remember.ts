/**
 * The value for `key` from `cache`, worked out by `work` the first time it is asked for. The
 * cache is emptied when it holds `limit` entries, so a large list's many different texts cannot
 * grow it without end. Values must be read-only: every caller gets the same one.
 */
export function remember<K, V>(cache: Map<K, V>, key: K, limit: number, work: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = work();
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
  }
  return value;
}
