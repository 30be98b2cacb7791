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
    // Queries issued while others are in flight go out at once (pg's pipelining, in order, each
    // with its own Sync): a transaction's BEGIN travels with its first statement (inPgTransaction).
    pipeline: true,
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
 * either way. `begin` may carry the transaction's settings (one message, simple protocol). It is
 * not waited for: the work's first statement is sent behind it, in the same write (the pool
 * pipelines, `writesCoalesced`), which saves a round trip per transaction, and the work learns of a
 * failed BEGIN from that first statement (`afterBegin`), before it can send a second.
 */
export async function inPgTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  const client = await pool.connect();
  try {
    const coalesce = writesCoalesced(client);
    coalesce();
    const begun = client.query(begin);
    const result = await work(afterBegin(client, begun, coalesce));
    await begun;
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The connection as the work sees it: a query sent before BEGIN answered answers only once BEGIN
 * has, and fails when BEGIN failed, so the work sends nothing more after a failed BEGIN. (BEGIN
 * cannot fail on a live connection short of the server running out of memory; a SET LOCAL after
 * it that fails aborts the transaction, so those queries fail on their own too.)
 */
function afterBegin(client: pg.PoolClient, begun: Promise<unknown>, coalesce: () => void): pg.PoolClient {
  let settled = false;
  // Unobserved until the work's first query: a rejection must not count as unhandled meanwhile.
  begun.then(
    () => (settled = true),
    () => (settled = true),
  );
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return (...args: unknown[]) => {
        coalesce();
        const answer = query(...args);
        if (settled) return answer;
        answer.catch(() => undefined);
        return begun.then(() => answer);
      };
    },
  });
}

/**
 * Queries sent in one turn of the event loop leave in one write: the socket is corked at the first
 * and uncorked when the turn ends (BEGIN with the first statement, statements sent together). A
 * write to loopback costs a system call and wakes the server once per write.
 */
function writesCoalesced(client: pg.PoolClient): () => void {
  const stream = (client as pg.PoolClient & Partial<Pick<pg.Client, 'connection'>>).connection?.stream;
  let corked = false;
  return () => {
    if (corked || !stream) return;
    corked = true;
    stream.cork();
    setImmediate(() => {
      corked = false;
      stream.uncork();
    });
  };
}
