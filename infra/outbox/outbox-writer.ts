import { actorOf, type Identity } from '../auth/identity';
import { OUTBOX_CHANNEL } from './outbox-dispatcher';

export interface DomainEvent {
  type: string;
  companyId: string;
  /** The member the event concerns, so opt-out can erase what the payload says about them. */
  memberId?: string | null;
  data: Record<string, unknown>;
}

/** What the writer needs of a Prisma client or interactive transaction (any subgraph's). */
export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/**
 * Records domain events in the caller's transaction, in the subgraph's own `outbox_events` table
 * (its schema is on the connection's search_path). The NOTIFY is delivered only when that
 * transaction commits, waking the dispatcher without polling delay. Each payload carries who acted
 * and through which channel.
 */
export async function writeOutboxEvents(tx: RawExecutor, source: string, identity: Identity, channel: string | null, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const actor = { ...actorOf(identity), channel };
  await tx.$executeRawUnsafe(
    `INSERT INTO outbox_events (event_id, type, company_id, member_id, payload)
     SELECT gen_random_uuid(), * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::jsonb[])`,
    events.map((event) => event.type),
    events.map((event) => event.companyId),
    events.map((event) => event.memberId ?? null),
    events.map((event) => JSON.stringify({ ...event.data, actor })),
  );
  await tx.$executeRawUnsafe(`SELECT pg_notify('${OUTBOX_CHANNEL}', $1)`, source);
}
