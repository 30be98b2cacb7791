import pg from 'pg';
import { poolConfigFromUrl, searchPathOption } from './connection';

/** Counts SQL statements sent through a pool; tests use it to pin query counts on hot paths. */
export interface QueryCounter {
  count: number;
  /** When present, each statement's text is kept too (to see what a count is made of). */
  texts?: string[];
}

function countingClient(counter: QueryCounter): typeof pg.Client {
  return class CountingClient extends pg.Client {
    // biome-ignore lint/suspicious/noExplicitAny: pg's query() has many overloads; we only count calls.
    override query(...args: any[]): any {
      counter.count++;
      counter.texts?.push(typeof args[0] === 'string' ? args[0] : String(args[0]?.text ?? ''));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
  };
}

export interface SchemaPoolOptions {
  max?: number;
  counter?: QueryCounter;
  onIdleError?: (error: Error) => void;
}

/** A pool whose connections resolve unqualified names in one subgraph's PostgreSQL schema. */
export function createSchemaPool(databaseUrl: string, schema: string, options: SchemaPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    ...poolConfigFromUrl(databaseUrl, { options: searchPathOption(schema) }),
    max: options.max ?? 10,
    ...(options.counter ? { Client: countingClient(options.counter) } : {}),
  });
  // An idle connection dropped by the server (restart, shutdown) is replaced on next use.
  pool.on('error', (error) => options.onIdleError?.(error));
  // A connection dropped while checked out (between the statements of a transaction, say) emits its
  // error on the client, where nothing listens: unhandled, it would end the process. Its statement
  // fails on its own; the pool drops the broken connection when it is released.
  pool.on('connect', (client) => client.on('error', (error) => options.onIdleError?.(error)));
  return pool;
}

/**
 * Runs `work` in a transaction on one connection of the pool, for the paths that talk to `pg`
 * without Prisma: committed when it returns, rolled back when it throws; the connection goes back
 * either way. `begin` may carry the transaction's settings (one round trip, simple protocol).
 */
export async function inPgTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
