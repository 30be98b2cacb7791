import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerDb } from '../data/prisma';
import type { LedgerDeps } from './deps';

/**
 * Runs an operator's change of the program's configuration (currencies, rules, limits) in one
 * transaction with the event that records it, so every such change is in the staff trail.
 */
export function changeConfiguration<T>(
  deps: Pick<LedgerDeps, 'db' | 'logger'>,
  identity: Identity,
  change: (tx: LedgerDb) => Promise<T>,
  recorded: (result: T) => DomainEvent,
): Promise<T> {
  return runTransaction(deps, async (tx) => {
    const result = await change(tx);
    await recordLedgerEvents(tx, identity, [recorded(result)]);
    return result;
  });
}
