import { withStaffTrail } from '../../../infra/audit/staff-trail';
import type { Identity } from '../../../infra/auth/identity';
import { type DomainEvent, writeOutboxEvents } from '../../../infra/outbox/outbox-writer';
import type { LedgerSql } from './prisma';

/**
 * Records the ledger's events in the same transaction as the money movement they describe; an
 * operator's are reported to the staff trail beside them (infra/audit/staff-trail.ts).
 */
export function recordLedgerEvents(tx: LedgerSql, identity: Identity, events: DomainEvent[], channel: string | null = null): Promise<void> {
  return writeOutboxEvents(tx, 'ledger', identity, channel, withStaffTrail(identity, channel, events));
}
