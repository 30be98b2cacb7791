import type { Identity } from '../../../infra/auth/identity';
import { requestHash } from '../../../infra/idempotency/request-hash';
import { findIdempotencyKey, saveIdempotencyKey } from '../data/idempotency-store';
import { DomainError } from '../domain/errors';
import { inTransaction, type ServiceDeps } from './deps';

/** Who a key belongs to: keys are per caller. */
function callerOf(identity: Identity): string | null {
  if (identity.kind === 'terminal') return identity.terminalId;
  if (identity.kind === 'operator') return identity.operatorId;
  if (identity.kind === 'member') return identity.memberId;
  return null;
}

/**
 * A write made once per idempotency key of its caller (a till retrying after a lost answer): the
 * same key with the same input answers with what the first write made, reloaded, and changes
 * nothing; with another input it is refused. Terminals must send a key with every write; others may.
 */
export async function writeOnce<T>(
  deps: ServiceDeps,
  identity: Identity,
  call: { operation: string; key?: string | null; input: unknown },
  write: Parameters<typeof inTransaction<T>>[1],
  ids: { keep(result: T): Record<string, string>; reload(kept: Record<string, string>): Promise<T> },
  uniqueViolation?: Parameters<typeof inTransaction<T>>[2],
): Promise<T> {
  const key = call.key?.trim();
  const callerId = callerOf(identity);
  if (identity.kind === 'terminal' && !key) throw new DomainError('INVALID_INPUT', 'Terminals send an idempotencyKey with every write', 'idempotencyKey');
  if (!key || !callerId) return inTransaction(deps, write, uniqueViolation);
  if (key.length > 128) throw new DomainError('INVALID_INPUT', 'idempotencyKey: 1 to 128 characters', 'idempotencyKey');
  const hash = requestHash(call.operation, call.input);
  const earlier = async () => {
    const found = await findIdempotencyKey(deps.db, callerId, key);
    if (!found) return null;
    if (found.operation !== call.operation || found.requestHash !== hash)
      throw new DomainError('IDEMPOTENCY_CONFLICT', 'This idempotency key was used for a different request', 'idempotencyKey');
    return ids.reload(found.result as Record<string, string>);
  };
  const answered = await earlier();
  if (answered) return answered;
  try {
    return await inTransaction(
      deps,
      async (tx) => {
        const result = await write(tx);
        await saveIdempotencyKey(tx, { callerId, key, operation: call.operation, requestHash: hash, result: ids.keep(result) });
        return result;
      },
      // A copy of this call that committed first owns the key: answer with its result.
      (target) => (target.includes('caller_id') ? null : (uniqueViolation?.(target) ?? null)),
    );
  } catch (error) {
    const first = await earlier().catch(() => null);
    if (first) return first;
    throw error;
  }
}
