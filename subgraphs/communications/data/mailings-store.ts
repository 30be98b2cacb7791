import type { Campaign, Channel, CommunicationsDb, Mailing, MailingState, MessageStatus, Prisma } from './prisma';

/** Mailings and their campaigns: what a marketer manages, and the states a mailing passes through. */

export function createCampaign(db: CommunicationsDb, data: { companyId: string; name: string; description: string }): Promise<Campaign> {
  return db.campaign.create({ data });
}

export function findCampaign(db: CommunicationsDb, companyId: string, id: string): Promise<Campaign | null> {
  return db.campaign.findFirst({ where: { id, companyId } });
}

export function listCampaigns(db: CommunicationsDb, companyId: string): Promise<Campaign[]> {
  return db.campaign.findMany({ where: { companyId }, orderBy: { createdAt: 'desc' } });
}

export function insertMailing(db: CommunicationsDb, data: Prisma.MailingUncheckedCreateInput): Promise<Mailing> {
  return db.mailing.create({ data });
}

export function findMailing(db: CommunicationsDb, companyId: string, id: string): Promise<Mailing | null> {
  return db.mailing.findFirst({ where: { id, companyId } });
}

export function findMailingById(db: CommunicationsDb, id: string): Promise<Mailing | null> {
  return db.mailing.findUnique({ where: { id } });
}

/** The company's mailings, newest first. */
export function listMailings(
  db: CommunicationsDb,
  companyId: string,
  filter: { campaignId?: string | null; state?: MailingState | null; channel?: Channel | null; first: number },
): Promise<Mailing[]> {
  return db.mailing.findMany({
    where: {
      companyId,
      ...(filter.campaignId ? { campaignId: filter.campaignId } : {}),
      ...(filter.state ? { state: filter.state } : {}),
      ...(filter.channel ? { channel: filter.channel } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: filter.first,
  });
}

/**
 * Moves a mailing from one of `from` to `to` (with what else changes with it); answers the mailing
 * after, or null when it was in none of those states (a concurrent move won).
 */
export async function moveMailing(
  db: CommunicationsDb,
  mailing: { companyId: string; id: string },
  from: MailingState[],
  to: Prisma.MailingUncheckedUpdateManyInput,
): Promise<Mailing | null> {
  const { count } = await db.mailing.updateMany({ where: { id: mailing.id, companyId: mailing.companyId, state: { in: from } }, data: to });
  return count === 0 ? null : findMailing(db, mailing.companyId, mailing.id);
}

/** Scheduled mailings whose time came start. */
export function startDueMailings(db: CommunicationsDb, now: Date): Promise<number> {
  return db.$executeRaw`UPDATE mailings SET state = 'RUNNING', updated_at = ${now} WHERE state = 'SCHEDULED' AND start_at <= ${now}`;
}

/**
 * Takes a running mailing whose recipients are still being listed and no live instance lists, for
 * `leaseMs`: a process killed while listing leaves it to another (or itself, restarted) once the lease is over.
 */
export async function leaseMailingToList(db: CommunicationsDb, now: Date, leaseMs: number): Promise<Mailing | null> {
  const [row] = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE mailings SET lease_until = ${new Date(now.getTime() + leaseMs)}
     WHERE id = (SELECT id FROM mailings WHERE state = 'RUNNING' AND listed_at IS NULL AND (lease_until IS NULL OR lease_until < ${now})
                  ORDER BY start_at LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING id::text`;
  return row ? findMailingById(db, row.id) : null;
}

/**
 * Records how far listing got (and, `done`, that it ended), renewing the lease; answers false when
 * the mailing is no longer running (paused or cancelled meanwhile): listing stops there.
 */
export async function recordListing(db: CommunicationsDb, id: string, progress: { upTo: string | null; done: boolean; now: Date; leaseMs: number }) {
  const { count } = await db.mailing.updateMany({
    where: { id, state: 'RUNNING' },
    data: {
      listedUpTo: progress.upTo,
      ...(progress.done ? { listedAt: progress.now, leaseUntil: null } : { leaseUntil: new Date(progress.now.getTime() + progress.leaseMs) }),
    },
  });
  return count > 0;
}

/** Running mailings with every recipient listed and nothing left in the queue are finished. */
export function finishSentMailings(db: CommunicationsDb, now: Date): Promise<number> {
  return db.$executeRaw`
    UPDATE mailings g SET state = 'FINISHED', finished_at = ${now}, updated_at = ${now}
     WHERE g.state = 'RUNNING' AND g.listed_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.mailing_id = g.id AND m.status = 'QUEUED')`;
}

/** A cancelled mailing's messages still queued never go. */
export async function cancelQueuedMessages(db: CommunicationsDb, mailingId: string): Promise<number> {
  const { count } = await db.message.updateMany({
    where: { mailingId, status: 'QUEUED' },
    data: { status: 'CANCELLED', lastError: 'The mailing was cancelled' },
  });
  return count;
}

/** How many of each mailing's messages are in each status. */
export async function messageCountsOf(db: CommunicationsDb, mailingIds: string[]): Promise<Map<string, Map<MessageStatus, number>>> {
  const groups = await db.message.groupBy({ by: ['mailingId', 'status'], where: { mailingId: { in: mailingIds } }, _count: { _all: true } });
  const counts = new Map<string, Map<MessageStatus, number>>(mailingIds.map((id) => [id, new Map()]));
  for (const group of groups) counts.get(group.mailingId as string)?.set(group.status, group._count._all);
  return counts;
}

/** How many of a campaign's messages are in each status. */
export async function campaignMessageCounts(db: CommunicationsDb, campaignId: string): Promise<Map<MessageStatus, number>> {
  const rows = await db.$queryRaw<Array<{ status: MessageStatus; n: number }>>`
    SELECT m.status, count(*)::int AS n FROM messages m JOIN mailings g ON g.id = m.mailing_id WHERE g.campaign_id = ${campaignId}::uuid GROUP BY m.status`;
  return new Map(rows.map((row) => [row.status, row.n]));
}

/** A page of a mailing's messages in id order after `after`, optionally of one status. */
export function mailingMessagesPage(db: CommunicationsDb, mailingId: string, page: { status?: MessageStatus | null; after?: string | null; limit: number }) {
  return db.message.findMany({
    where: { mailingId, ...(page.status ? { status: page.status } : {}), ...(page.after ? { id: { gt: page.after } } : {}) },
    orderBy: { id: 'asc' },
    take: page.limit,
  });
}

/** An instance stopping gives up listing the mailing: another (or it, restarted) goes on at once, not after the lease. */
export async function releaseListing(db: CommunicationsDb, id: string): Promise<void> {
  await db.mailing.updateMany({ where: { id, listedAt: null }, data: { leaseUntil: null } });
}

/** A member withdrew consent over a channel: their mailings' messages still queued on it never go. */
export async function unsubscribeQueuedMessages(db: CommunicationsDb, memberId: string, channel: Channel): Promise<number> {
  const { count } = await db.message.updateMany({
    where: { memberId, channel, mailingId: { not: null }, status: 'QUEUED' },
    data: { status: 'UNSUBSCRIBED', lastError: 'The member withdrew consent to marketing over this channel' },
  });
  return count;
}

/** How many of the mailing's messages wait in the queue, counted up to `enough`. */
export async function queuedMessagesOf(db: CommunicationsDb, mailingId: string, enough: number): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM messages WHERE mailing_id = ${mailingId}::uuid AND status = 'QUEUED' LIMIT ${enough}) queued`;
  return row?.n ?? 0;
}

/** Listing the mailing goes on at `until` (by whichever instance takes it then), not before. */
export async function deferListing(db: CommunicationsDb, id: string, until: Date): Promise<void> {
  await db.mailing.updateMany({ where: { id, listedAt: null }, data: { leaseUntil: until } });
}
