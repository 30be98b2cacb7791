/**
 * Answers kept for a short while in this process: for reads on a hot path of settings that change
 * rarely (a company's message provider, its templates). Concurrent misses of a key share one load;
 * a failed load is not kept. `clear` forgets everything, for the process that made a change; other
 * processes see it once their entries are `ttlMs` old.
 */
export function createTtlCache<V>(ttlMs: number, maxEntries = 10_000) {
  const entries = new Map<string, { value: Promise<V>; until: number }>();
  return {
    get(key: string, load: () => Promise<V>): Promise<V> {
      const now = Date.now();
      const kept = entries.get(key);
      if (kept && kept.until > now) return kept.value;
      // The oldest entry makes room (a Map iterates in insertion order).
      if (!kept && entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      const value = load();
      entries.set(key, { value, until: now + ttlMs });
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    /** Forgets one key (an answer not to keep: "none yet", say). */
    forget(key: string): void {
      entries.delete(key);
    },
    clear(): void {
      entries.clear();
    },
  };
}
