import { withStaffTrail } from '../../../infra/audit/staff-trail';
import type { Identity } from '../../../infra/auth/identity';
import { type DomainEvent, writeOutboxEvents } from '../../../infra/outbox/outbox-writer';
import type { CommunicationsDb } from './prisma';

/**
 * Records the communications subgraph's events in the same transaction as the change they describe;
 * an operator's are reported to the staff trail beside them (infra/audit/staff-trail.ts).
 */
export function recordCommunicationsEvents(tx: CommunicationsDb, identity: Identity, events: DomainEvent[]): Promise<void> {
  return writeOutboxEvents(tx, 'communications', identity, null, withStaffTrail(identity, null, events));
}
