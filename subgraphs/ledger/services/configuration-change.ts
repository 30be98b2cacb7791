import type { Identity } from '../../../infra/auth/identity';
import { signalSettingsChanged } from '../../../infra/cache/change-signal';
import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import { recordLedgerEvents } from '../data/outbox-store';
import { LEDGER_SCHEMA, type LedgerDb } from '../data/prisma';
import type { LedgerDeps } from './deps';

/**
 * Runs an operator's change of the program's configuration (currencies, rules, limits) in one
 * transaction with the event that records it, so every such change is in the staff trail.
 */
export async function changeConfiguration<T>(
  deps: Pick<LedgerDeps, 'db' | 'logger' | 'settings'>,
  identity: Identity,
  change: (tx: LedgerDb) => Promise<T>,
  recorded: (result: T) => DomainEvent,
): Promise<T> {
  const result = await runTransaction(deps, async (tx) => {
    const changed = await change(tx);
    await recordLedgerEvents(tx, identity, [recorded(changed)]);
    // Every ledger process forgets the settings it keeps once this commits.
    await signalSettingsChanged(tx, LEDGER_SCHEMA);
    return changed;
  });
  // This one at once: its next call must not wait for the signal to come round.
  deps.settings.changed();
  return result;
}
