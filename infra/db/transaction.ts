/**
 * The one way every subgraph runs a transaction: explicit timeouts, and a retry of the failures
 * PostgreSQL asks the client to retry (serialization failure 40001, deadlock 40P01). Work is run
 * again from the start, so it must not have effects outside the database that cannot repeat
 * (the ledger's read-through only keeps what the owner said, which repeats safely).
 *
 * Locks are the caller's to take in one order: rows of the same table in primary-key order, and
 * nothing written before the lock that orders it (see the ledger's accounts-store).
 */

import type pg from 'pg';
import type { Logger } from '../logging/logger';
import { inPgTransaction } from './pool';
import { pgSqlClient, type SqlClient } from './sql-client';
import { errorCodesOf } from './sql-state';

export type IsolationLevel = 'ReadCommitted' | 'RepeatableRead' | 'Serializable';

export interface TransactionOptions {
  /** How long the transaction may run before it is rolled back. */
  timeoutMs?: number;
  /** How long to wait for a connection. */
  maxWaitMs?: number;
  /** Tries in all, the first included. */
  attempts?: number;
  isolation?: IsolationLevel;
}

/** What runTransaction needs of a Prisma client (any subgraph's). */
export interface TransactionalClient<Tx> {
  $transaction<T>(work: (tx: Tx) => Promise<T>, options?: { maxWait?: number; timeout?: number; isolationLevel?: IsolationLevel }): Promise<T>;
}

const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);
const DEFAULTS = { timeoutMs: 15_000, maxWaitMs: 10_000, attempts: 5 };

/** A failure that goes away when the transaction runs again: PostgreSQL's 40001 / 40P01, however Prisma wraps them. */
export function isRetryableConflict(error: unknown): boolean {
  // P2034: Prisma's own "write conflict or deadlock, please retry".
  return [...errorCodesOf(error)].some((code) => code === 'P2034' || RETRYABLE_SQLSTATES.has(code));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` in a transaction of `deps.db`; a retry is logged, so deadlocks show in operations. */
export async function runTransaction<Tx, T>(
  deps: { db: TransactionalClient<Tx>; logger?: Logger },
  work: (tx: Tx) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const { timeoutMs, maxWaitMs } = { ...DEFAULTS, ...options };
  return retryingConflicts(deps.logger, options.attempts, () =>
    deps.db.$transaction(work, { timeout: timeoutMs, maxWait: maxWaitMs, isolationLevel: options.isolation }),
  );
}

const ISOLATION_SQL: Record<IsolationLevel, string> = {
  ReadCommitted: 'READ COMMITTED',
  RepeatableRead: 'REPEATABLE READ',
  Serializable: 'SERIALIZABLE',
};

/**
 * The same over plain `pg` (infra/db/sql-client.ts), for hot paths whose statements are all raw SQL:
 * BEGIN, the work, COMMIT on one connection of the pool, with no Prisma transaction machinery in
 * between. A statement running past `timeoutMs`, or the work holding the transaction idle that long
 * (waiting on something else), ends it on the server's side, as Prisma's transaction timeout would.
 * Its statements (prepared: sql-client.ts) run on generic plans: they find their rows by ids through
 * indexes, which a generic plan does as well as a custom one, while re-planning the till's larger
 * statements for each call's values was about a fifth of the server's time per purchase (issue 10).
 */
export async function runPgTransaction<T>(
  deps: { pool: pg.Pool; logger?: Logger },
  work: (tx: SqlClient) => Promise<T>,
  options: Pick<TransactionOptions, 'attempts' | 'isolation' | 'timeoutMs'> = {},
): Promise<T> {
  const begin = `BEGIN ISOLATION LEVEL ${ISOLATION_SQL[options.isolation ?? 'ReadCommitted']}`;
  const ms = Math.trunc(options.timeoutMs ?? DEFAULTS.timeoutMs);
  const timeout = `SET LOCAL statement_timeout = ${ms}; SET LOCAL idle_in_transaction_session_timeout = ${ms}; SET LOCAL plan_cache_mode = force_generic_plan`;
  // One round trip: simple-protocol statements separated by semicolons run in one message.
  return retryingConflicts(deps.logger, options.attempts, () => inPgTransaction(deps.pool, (client) => work(pgSqlClient(client)), `${begin}; ${timeout}`));
}

/** Runs `run` again while it fails with a conflict PostgreSQL asks to retry, up to `attempts` tries in all. */
async function retryingConflicts<T>(logger: Logger | undefined, attempts = DEFAULTS.attempts, run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryableConflict(error)) throw error;
      logger?.warn({ err: error, attempt }, 'transaction retried after a deadlock or serialization failure');
      // Jittered backoff, so the transactions that met do not meet again.
      await pause(Math.random() * 10 * 2 ** attempt);
    }
  }
}
