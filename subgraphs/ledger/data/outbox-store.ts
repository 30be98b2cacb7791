import type { Identity } from '../../../infra/auth/identity';
import { type DomainEvent, writeOutboxEvents } from '../../../infra/outbox/outbox-writer';
import type { LedgerDb } from './prisma';

/** Records the ledger's events in the same transaction as the money movement they describe. */
export function recordLedgerEvents(tx: LedgerDb, identity: Identity, events: DomainEvent[], channel: string | null = null): Promise<void> {
  return writeOutboxEvents(tx, 'ledger', identity, channel, events);
}
