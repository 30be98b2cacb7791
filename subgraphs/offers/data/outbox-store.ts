import { withStaffTrail } from '../../../infra/audit/staff-trail';
import type { Identity } from '../../../infra/auth/identity';
import { type DomainEvent, writeOutboxEvents } from '../../../infra/outbox/outbox-writer';
import type { OffersDb } from './prisma';

/**
 * Records the offers subgraph's events in the same transaction as the change they describe; an
 * operator's are reported to the staff trail beside them (infra/audit/staff-trail.ts).
 */
export function recordOffersEvents(tx: OffersDb, identity: Identity, events: DomainEvent[]): Promise<void> {
  return writeOutboxEvents(tx, 'offers', identity, null, withStaffTrail(identity, null, events));
}
