import type { Channel, CommunicationsDb, InboundKind, InboundMessage } from './prisma';

export function recordInbound(
  db: CommunicationsDb,
  data: { companyId: string; providerId: string | null; channel: Channel; sender: string; text: string; kind: InboundKind },
): Promise<InboundMessage> {
  return db.inboundMessage.create({ data });
}

export async function markInboundHandled(db: CommunicationsDb, id: string, handled: { memberId: string | null; outcome: string; at: Date }) {
  await db.inboundMessage.update({ where: { id }, data: { memberId: handled.memberId, outcome: handled.outcome, handledAt: handled.at } });
}

/** Texts that came in before `before` and are still not handled (the members subgraph could not be asked). */
export function unhandledInbound(db: CommunicationsDb, before: Date, limit: number): Promise<InboundMessage[]> {
  return db.inboundMessage.findMany({ where: { handledAt: null, receivedAt: { lt: before } }, orderBy: { receivedAt: 'asc' }, take: limit });
}

/** A company's incoming texts, newest first, for support. */
export function listInbound(db: CommunicationsDb, companyId: string, filter: { kind?: InboundKind | null }, first: number): Promise<InboundMessage[]> {
  return db.inboundMessage.findMany({
    where: { companyId, ...(filter.kind ? { kind: filter.kind } : {}) },
    orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
    take: first,
  });
}
