import { isUniqueViolation } from '../../../infra/db/sql-state';
import { runPgTransaction, runTransaction } from '../../../infra/db/transaction';
import { requestHash } from '../../../infra/idempotency/request-hash';
import type { LedgerDb, LedgerSql, Prisma } from '../data/prisma';
import { claimIdempotencyKey, findIdempotencyKey, saveIdempotencyKey, setIdempotencyResult } from '../data/purchases-store';
import type { ReadRow } from '../data/read-together';

export { requestHash };

import { LedgerError, type LedgerErrorCode } from '../domain/errors';
import type { LedgerDeps } from './deps';

interface IdempotentCall {
  callerId: string;
  key: string;
  operation: string;
  input: unknown;
}

/** A call's key as it is kept: trimmed, with the hash of the request it answers. */
interface CheckedCall extends IdempotentCall {
  hash: string;
}

/**
 * Runs a call once per idempotency key of its caller. A retry with the same key and input gets the
 * first answer (the id of the purchase or operation it produced) and changes nothing; the same key
 * with another input is refused. Concurrent duplicates meet at the key's primary key: one commits,
 * the other rolls back and reads it.
 */
export async function runOnce(
  deps: LedgerDeps,
  call: IdempotentCall,
  work: (tx: LedgerDb) => Promise<string>,
  /** Runs before the transaction unless the call was answered before (checks that must commit even when the call fails). */
  before?: () => Promise<void>,
): Promise<string> {
  const transact = <T>(w: (tx: LedgerDb) => Promise<T>) => runTransaction(deps, w);
  if (deps.unsafeNoIdempotency) {
    await before?.();
    return transact(work);
  }
  const checked = checkedCall(call);
  const answered = await answeredBefore(deps.db, checked);
  if (answered) return answered;
  await before?.();
  try {
    return await transact(async (tx) => {
      const resultId = await work(tx);
      await saveIdempotencyKey(tx, { ...keyRowOf(checked), resultId });
      return resultId;
    });
  } catch (error) {
    return answerFailure(deps.db, checked, error, transact);
  }
}

/**
 * What a call's work answers: the id it produced, or the row itself (with that id), which saves
 * the caller's answer a read; a replayed call answers with the id its key kept.
 */
export type Answer = string | { id: string };

const idOf = (answer: Answer) => (typeof answer === 'string' ? answer : answer.id);

/** Our own signal that the key was taken by an earlier call: its answer is read after the rollback. */
class KeyTaken extends Error {}

/**
 * The same for the till's hot calls, in a plain pg transaction that claims the key first, with the
 * id the answer will have (decided beforehand): a new call spends no round trip of its own on its
 * key, and a duplicate in flight waits at the key rather than doing the work twice. A call whose
 * key was taken reads the first answer. `before` (checks that must commit even when the call
 * fails) needs the earlier answer looked up first, so pass it only when it has something to do.
 * `readWithClaim`, a SELECT of one row the work needs first (`readTogether`), is read by the claim's
 * statement and its row handed to the work (undefined when nothing was asked).
 */
export async function runOnceInSql<A extends Answer>(
  deps: LedgerDeps,
  call: IdempotentCall & { answerId: string; readWithClaim?: Prisma.Sql },
  work: (tx: LedgerSql, readWithClaim: ReadRow | undefined) => Promise<A>,
  before?: () => Promise<void>,
): Promise<A | string> {
  const transact = <T>(w: (tx: LedgerSql) => Promise<T>) => runPgTransaction(deps, w);
  if (deps.unsafeNoIdempotency) {
    await before?.();
    return transact((tx) => work(tx, undefined));
  }
  const checked = checkedCall(call);
  if (before) {
    const answered = await answeredBefore(deps.sql, checked);
    if (answered) return answered;
    await before();
  }
  const kept = keyRowOf(checked);
  try {
    return await transact(async (tx) => {
      const claim = await claimIdempotencyKey(tx, { ...kept, resultId: call.answerId }, call.readWithClaim);
      if (!claim.claimed) throw new KeyTaken();
      const answer = await work(tx, claim.also);
      // The id as stored (a purchase named in capitals is kept in lower case).
      if (idOf(answer) !== call.answerId) await setIdempotencyResult(tx, { ...kept, resultId: idOf(answer) });
      return answer;
    });
  } catch (error) {
    if (error instanceof KeyTaken) {
      const first = await answeredBefore(deps.sql, checked);
      if (first) return first;
    }
    return answerFailure(deps.sql, checked, error, transact);
  }
}

/** The row a call's key is kept as, but for its answer. */
const keyRowOf = (call: CheckedCall) => ({ callerId: call.callerId, key: call.key, operation: call.operation, requestHash: call.hash });

function checkedCall(call: IdempotentCall): CheckedCall {
  const key = call.key.trim();
  if (!key || key.length > 128) throw new LedgerError('INVALID_INPUT', 'idempotencyKey: 1 to 128 characters', 'idempotencyKey');
  return { ...call, key, hash: requestHash(call.operation, call.input) };
}

/** The first answer to this key, null when there is none; refused when the key was used for another request, or refused then. */
async function answeredBefore(reader: LedgerSql, call: CheckedCall): Promise<string | null> {
  const found = await findIdempotencyKey(reader, call.callerId, call.key);
  if (!found) return null;
  if (found.operation !== call.operation || found.requestHash !== call.hash) {
    throw new LedgerError('IDEMPOTENCY_CONFLICT', 'This idempotency key was used for a different request', 'idempotencyKey');
  }
  if (found.refusal) throw new LedgerError(found.refusal.code as LedgerErrorCode, found.refusal.message, found.refusal.field);
  return found.resultId;
}

/**
 * A call that failed: a duplicate that raced it, or one that finished while it waited on its
 * locks, may have answered first. Otherwise a refusal is kept under the key (a replay is refused
 * the same way, even once the state that refused it has changed: a new attempt takes a new key),
 * and the error goes to the caller.
 */
async function answerFailure<Tx extends LedgerSql>(
  reader: LedgerSql,
  call: CheckedCall,
  error: unknown,
  transact: (work: (tx: Tx) => Promise<void>) => Promise<void>,
): Promise<never | string> {
  const duplicate = isUniqueViolation(error);
  if (duplicate || error instanceof LedgerError) {
    const first = await answeredBefore(reader, call);
    if (first) return first;
  }
  if (error instanceof LedgerError && !NOT_KEPT.has(error.code)) {
    const refusal = { code: error.code, message: error.message, field: error.field };
    await transact((tx) => saveIdempotencyKey(tx, { ...keyRowOf(call), resultId: '', refusal })).catch(async (failed) => {
      if (!isUniqueViolation(failed)) throw failed;
      await answeredBefore(reader, call);
    });
  }
  throw error;
}

/**
 * Refusals not kept under the key: those the caller cures by sending the same call again with what
 * it lacked (the member's code), and a terminal's look-up lockout, which passes.
 */
const NOT_KEPT: ReadonlySet<string> = new Set(['PAYMENT_CODE_REQUIRED', 'CODE_INVALID', 'CODE_EXPIRED', 'TOO_MANY_ATTEMPTS', 'LOOKUP_RATE_LIMITED']);
