import { maskDestination } from '../domain/destination';
import type { CommunicationsDb } from './prisma';

/** How far back a registration looks for the codes sent to its phone: a code lives minutes, not days. */
const CODE_CLAIM_WINDOW_MS = 86_400_000;

/**
 * Codes sent before the member existed (the registration code to their phone) and texts sent from
 * that phone name no member; once they register, those are theirs, so that an opt-out finds them.
 * Only codes: other messages to an address nobody has proven (the security service's alerts to an
 * email a stranger registers with) stay where they are. A code sent keeps only the masked phone
 * (+49******4567), which is what it is found by, among the company's codes of the last day.
 */
export async function claimMessagesFor(db: CommunicationsDb, companyId: string, memberId: string, phone: string | null, now: Date): Promise<void> {
  if (!phone) return;
  const claimed = await db.message.findMany({
    where: {
      companyId,
      memberId: null,
      kind: 'verification.code_requested',
      destination: { in: [phone, maskDestination(phone)] },
      createdAt: { gte: new Date(now.getTime() - CODE_CLAIM_WINDOW_MS) },
    },
    select: { id: true },
  });
  const ids = claimed.map((message) => message.id);
  await db.message.updateMany({ where: { id: { in: ids } }, data: { memberId } });
  await db.devInboxMessage.updateMany({ where: { messageId: { in: ids }, memberId: null }, data: { memberId } });
  await db.inboundMessage.updateMany({ where: { companyId, memberId: null, sender: phone }, data: { memberId } });
}

/** An opted-out member's messages leave no trace here: not what was sent, nor where, nor what they texted in, nor their devices and tickets. */
export async function eraseMemberMessages(db: CommunicationsDb, memberId: string): Promise<void> {
  await db.message.deleteMany({ where: { memberId } });
  await db.ticket.deleteMany({ where: { memberId } });
  await db.devInboxMessage.deleteMany({ where: { memberId } });
  await db.inboundMessage.deleteMany({ where: { memberId } });
  await db.device.deleteMany({ where: { memberId } });
  await db.$executeRaw`UPDATE outbox_events SET payload = jsonb_build_object('erased', true) WHERE member_id = ${memberId}::uuid`;
}
