/**
 * Gathers what callers hand in during one turn of the event loop (or until `maxBatch`) and does it
 * in one go: many writes of the same shape become one statement, each caller still waiting for its
 * own outcome. `work` answers one result per item, in order; when it throws, every caller of that
 * batch gets the error.
 */
export function createBatcher<T, R>(work: (items: T[]) => Promise<R[]>, maxBatch = 100) {
  let pending: Array<{ item: T; resolve: (result: R) => void; reject: (error: unknown) => void }> = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    work(batch.map((entry) => entry.item)).then(
      (results) => {
        for (const [i, entry] of batch.entries()) entry.resolve(results[i] as R);
      },
      (error) => {
        for (const entry of batch) entry.reject(error);
      },
    );
  }

  return function add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      if (pending.length >= maxBatch) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
  };
}
