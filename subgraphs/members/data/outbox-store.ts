import type { Identity } from '../../../infra/auth/identity';
import { type DomainEvent, writeOutboxEvents } from '../../../infra/outbox/outbox-writer';
import type { MembersDb } from './prisma';

export type MemberEvent = DomainEvent;

/** Records the members subgraph's events in the same transaction as the change they describe. */
export function recordEvents(tx: MembersDb, identity: Identity, channel: string | null, events: MemberEvent[]): Promise<void> {
  return writeOutboxEvents(tx, 'members', identity, channel, events);
}
