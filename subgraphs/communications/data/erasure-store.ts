import type { CommunicationsDb } from './prisma';

/**
 * Messages sent before the member existed (a registration code to their phone) name no member;
 * once they register, those to their phone or email are theirs, so that an opt-out finds them.
 */
export async function claimMessagesFor(db: CommunicationsDb, companyId: string, memberId: string, destinations: string[]): Promise<void> {
  if (destinations.length === 0) return;
  const unclaimed = { companyId, memberId: null, destination: { in: destinations } };
  await db.message.updateMany({ where: unclaimed, data: { memberId } });
  await db.devInboxMessage.updateMany({ where: unclaimed, data: { memberId } });
  await db.inboundMessage.updateMany({ where: { companyId, memberId: null, sender: { in: destinations } }, data: { memberId } });
}

/** An opted-out member's messages leave no trace here: not what was sent, nor where, nor what they texted in, nor their devices. */
export async function eraseMemberMessages(db: CommunicationsDb, memberId: string): Promise<void> {
  await db.message.deleteMany({ where: { memberId } });
  await db.devInboxMessage.deleteMany({ where: { memberId } });
  await db.inboundMessage.deleteMany({ where: { memberId } });
  await db.device.deleteMany({ where: { memberId } });
  await db.$executeRaw`UPDATE outbox_events SET payload = jsonb_build_object('erased', true) WHERE member_id = ${memberId}::uuid`;
}
