import { actorOf, type Identity } from '../../../infra/auth/identity';
import { OUTBOX_CHANNEL } from '../../../infra/outbox/outbox-dispatcher';
import type { MembersDb } from './prisma';

export interface MemberEvent {
  type: string;
  companyId: string;
  memberId?: string | null;
  data: Record<string, unknown>;
}

/**
 * Records domain events in the same transaction as the change they describe. The NOTIFY is
 * delivered only when that transaction commits, waking the dispatcher without polling delay.
 */
export async function recordEvents(tx: MembersDb, identity: Identity, channel: string | null, events: MemberEvent[]): Promise<void> {
  if (events.length === 0) return;
  const actor = { ...actorOf(identity), channel };
  await tx.outboxEvent.createMany({
    data: events.map((event) => ({
      type: event.type,
      companyId: event.companyId,
      memberId: event.memberId ?? null,
      payload: { ...event.data, actor } as object,
    })),
  });
  await tx.$executeRawUnsafe(`SELECT pg_notify('${OUTBOX_CHANNEL}', 'members')`);
}
