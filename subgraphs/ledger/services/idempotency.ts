import { errorCodesOf } from '../../../infra/db/sql-state';
import { runPgTransaction, runTransaction } from '../../../infra/db/transaction';
import { requestHash } from '../../../infra/idempotency/request-hash';
import type { LedgerDb, LedgerSql } from '../data/prisma';
import { findIdempotencyKey, saveIdempotencyKey } from '../data/purchases-store';

export { requestHash };

import { LedgerError, type LedgerErrorCode } from '../domain/errors';
import type { LedgerDeps } from './deps';

interface IdempotentCall {
  callerId: string;
  key: string;
  operation: string;
  input: unknown;
}

/** Runs work in a transaction of one kind: Prisma's, or plain pg's (its reads of earlier keys go through pg too). */
interface Transactions<Tx extends LedgerSql> {
  transact<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  reader: LedgerSql;
}

/**
 * Runs a call once per idempotency key of its caller. A retry with the same key and input gets the
 * first answer (the id of the purchase or operation it produced) and changes nothing; the same key
 * with another input is refused. Concurrent duplicates meet at the key's primary key: one commits,
 * the other rolls back and reads it.
 */
export function runOnce(
  deps: LedgerDeps,
  call: IdempotentCall,
  work: (tx: LedgerDb) => Promise<string>,
  /** Runs before the transaction unless the call was answered before (checks that must commit even when the call fails). */
  before?: () => Promise<void>,
): Promise<string> {
  return runOnceIn(deps, { transact: (w) => runTransaction(deps, w), reader: deps.db }, call, work, before);
}

/**
 * What a call's work answers: the id it produced, or the row itself (with that id), which saves
 * the caller's answer a read; a replayed call answers with the id its key kept.
 */
export type Answer = string | { id: string };

const idOf = (answer: Answer) => (typeof answer === 'string' ? answer : answer.id);

/** The same in a plain pg transaction: for the till's hot calls, whose statements are all raw SQL. */
export function runOnceInSql<A extends Answer>(
  deps: LedgerDeps,
  call: IdempotentCall,
  work: (tx: LedgerSql) => Promise<A>,
  before?: () => Promise<void>,
): Promise<A | string> {
  return runOnceIn(deps, { transact: (w) => runPgTransaction(deps, w), reader: deps.sql }, call, work, before);
}

async function runOnceIn<Tx extends LedgerSql, A extends Answer>(
  deps: LedgerDeps,
  { transact, reader }: Transactions<Tx>,
  call: IdempotentCall,
  work: (tx: Tx) => Promise<A>,
  before?: () => Promise<void>,
): Promise<A | string> {
  if (deps.unsafeNoIdempotency) {
    await before?.();
    return transact(work);
  }
  const key = call.key.trim();
  if (!key || key.length > 128) throw new LedgerError('INVALID_INPUT', 'idempotencyKey: 1 to 128 characters', 'idempotencyKey');
  const hash = requestHash(call.operation, call.input);
  const earlier = async () => {
    const found = await findIdempotencyKey(reader, call.callerId, key);
    if (!found) return null;
    if (found.operation !== call.operation || found.requestHash !== hash) {
      throw new LedgerError('IDEMPOTENCY_CONFLICT', 'This idempotency key was used for a different request', 'idempotencyKey');
    }
    if (found.refusal) throw new LedgerError(found.refusal.code as LedgerErrorCode, found.refusal.message, found.refusal.field);
    return found.resultId;
  };
  const answered = await earlier();
  if (answered) return answered;
  await before?.();
  try {
    return await transact(async (tx) => {
      const answer = await work(tx);
      await saveIdempotencyKey(tx, { callerId: call.callerId, key, operation: call.operation, requestHash: hash, resultId: idOf(answer) });
      return answer;
    });
  } catch (error) {
    // A duplicate that raced us, or one that finished while we waited on its locks, answered first.
    const duplicate = isUniqueViolation(error);
    if (duplicate || error instanceof LedgerError) {
      const first = await earlier();
      if (first) return first;
    }
    // The first answer was a refusal: a replay of the key is refused the same way, even once the
    // state that refused it has changed (a new attempt takes a new key).
    if (error instanceof LedgerError && !CURED_BY_RESENDING.has(error.code)) {
      const refusal = { code: error.code, message: error.message, field: error.field };
      await transact((tx) =>
        saveIdempotencyKey(tx, { callerId: call.callerId, key, operation: call.operation, requestHash: hash, resultId: '', refusal }),
      ).catch(async (failed) => {
        if (!isUniqueViolation(failed)) throw failed;
        await earlier();
      });
    }
    throw error;
  }
}

/** Refusals the caller cures by sending the same call again with what it lacked (the member's code): not kept under the key. */
const CURED_BY_RESENDING: ReadonlySet<string> = new Set(['PAYMENT_CODE_REQUIRED', 'CODE_INVALID', 'CODE_EXPIRED', 'TOO_MANY_ATTEMPTS']);

/** A unique violation: PostgreSQL's 23505 from pg, a Prisma model query's P2002, or a Prisma raw statement's P2010 carrying 23505. */
export function isUniqueViolation(error: unknown): boolean {
  const codes = errorCodesOf(error);
  if (codes.has('23505') || codes.has('P2002')) return true;
  return codes.has('P2010') && JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes('23505');
}
