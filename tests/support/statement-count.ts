import type { QueryCounter } from '../../infra/db/pool';

/**
 * How many statements a subgraph sends for one call, as the fewest over `tries` calls: background
 * work sharing the subgraph's pool (outbox and job polling, the gateway's revocation feed) can only
 * add to a call's count, never take from it, and on a busy machine a slow call meets it often.
 */
export async function fewestStatements<T>(counter: QueryCounter, tries: number, call: () => Promise<T>): Promise<{ statements: number; result: T }> {
  let fewest: { statements: number; result: T } | null = null;
  for (let attempt = 0; attempt < tries; attempt++) {
    counter.count = 0;
    const result = await call();
    const statements = counter.count;
    if (!fewest || statements < fewest.statements) fewest = { statements, result };
  }
  if (!fewest) throw new Error('fewestStatements needs at least one try');
  return fewest;
}
