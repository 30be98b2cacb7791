import type { CommunicationsDb, Prisma } from './prisma';

/**
 * A member's inbox: the messages that went out to them (sent or delivered) with the copy of what
 * they said, newest first. Messages that failed, wait in the queue, or went to staff are not in it.
 */
export function inboxWhere(memberId: string, companyId?: string): Prisma.MessageWhereInput {
  return { memberId, ...(companyId ? { companyId } : {}), status: { in: ['SENT', 'DELIVERED'] }, text: { not: null } };
}

export const INBOX_ORDER: Prisma.MessageOrderByWithRelationInput[] = [{ sentAt: 'desc' }, { id: 'desc' }];

export function countUnread(db: CommunicationsDb, memberId: string): Promise<number> {
  return db.message.count({ where: { ...inboxWhere(memberId), readAt: null } });
}

/** Of `ids`, those in the member's inbox. */
export async function inboxIdsAmong(db: CommunicationsDb, memberId: string, ids: string[]): Promise<Set<string>> {
  const rows = await db.message.findMany({ where: { ...inboxWhere(memberId), id: { in: ids } }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** Marks messages of the member's inbox read (now) or unread; `ids` null: all of them. Answers how many changed. */
export async function setRead(db: CommunicationsDb, memberId: string, ids: string[] | null, read: boolean, at: Date): Promise<number> {
  const { count } = await db.message.updateMany({
    where: { ...inboxWhere(memberId), ...(ids ? { id: { in: ids } } : {}), readAt: read ? null : { not: null } },
    data: { readAt: read ? at : null },
  });
  return count;
}
