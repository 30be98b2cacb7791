import type { CommunicationsDb, Message, Prisma } from './prisma';

/**
 * A member's inbox: the messages that went out to them (sent or delivered) with the copy of what
 * they said, newest first. Messages that failed, wait in the queue, or went to staff are not in it.
 */
export function inboxWhere(memberId: string, companyId?: string): Prisma.MessageWhereInput {
  return { memberId, ...(companyId ? { companyId } : {}), status: { in: ['SENT', 'DELIVERED'] }, text: { not: null }, sentAt: { not: null } };
}

/** A place in the inbox's order (newest first): what a page's cursor stands for. */
export interface InboxPosition {
  sentAt: Date;
  id: string;
}

/**
 * A page of the inbox by position, not by row: a cursor stays good whatever became of its message
 * since (marked read while the app scrolls an unread-only list, say). `newerThan` pages back up.
 */
export function inboxPage(
  db: CommunicationsDb,
  where: Prisma.MessageWhereInput,
  page: { olderThan?: InboxPosition; newerThan?: InboxPosition; limit: number; oldestFirst: boolean },
): Promise<Message[]> {
  const bounds: Prisma.MessageWhereInput[] = [];
  if (page.olderThan) {
    const { sentAt, id } = page.olderThan;
    bounds.push({ OR: [{ sentAt: { lt: sentAt } }, { sentAt, id: { lt: id } }] });
  }
  if (page.newerThan) {
    const { sentAt, id } = page.newerThan;
    bounds.push({ OR: [{ sentAt: { gt: sentAt } }, { sentAt, id: { gt: id } }] });
  }
  const direction = page.oldestFirst ? 'asc' : 'desc';
  return db.message.findMany({ where: { AND: [where, ...bounds] }, orderBy: [{ sentAt: direction }, { id: direction }], take: page.limit });
}

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
