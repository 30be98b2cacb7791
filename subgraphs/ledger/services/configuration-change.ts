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
  return changeKeptSettings(deps, async (tx) => {
    const changed = await change(tx);
    await recordLedgerEvents(tx, identity, [recorded(changed)]);
    return changed;
  });
}

/**
 * Changes what ledger processes keep of the settings (configuration, offers snapshots, the
 * catalogue, personal offers) in one transaction with the signal that makes every process forget
 * its copies once it commits; this process forgets them at once, so its next call must not wait
 * for the signal to come round.
 */
export async function changeKeptSettings<T>(deps: Pick<LedgerDeps, 'db' | 'logger' | 'settings'>, change: (tx: LedgerDb) => Promise<T>): Promise<T> {
  const result = await runTransaction(deps, async (tx) => {
    const changed = await change(tx);
    await signalSettingsChanged(tx, LEDGER_SCHEMA);
    return changed;
  });
  deps.settings.changed();
  return result;
}
