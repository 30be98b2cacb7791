import { withStaffTrail } from '../../../infra/audit/staff-trail';
import type { Identity } from '../../../infra/auth/identity';
import { type DomainEvent, outboxFragments, writeOutboxEvents } from '../../../infra/outbox/outbox-writer';
import type { LedgerSql } from './prisma';

/**
 * Records the ledger's events in the same transaction as the money movement they describe; an
 * operator's are reported to the staff trail beside them (infra/audit/staff-trail.ts).
 */
export function recordLedgerEvents(tx: LedgerSql, identity: Identity, events: DomainEvent[], channel: string | null = null): Promise<void> {
  return writeOutboxEvents(tx, 'ledger', identity, channel, withStaffTrail(identity, channel, events));
}

/** The same events as fragments of the statement that makes the change they describe (see outboxFragments). */
export function ledgerEventFragments(identity: Identity, events: DomainEvent[], channel: string | null = null) {
  return outboxFragments('ledger', identity, channel, withStaffTrail(identity, channel, events));
}
