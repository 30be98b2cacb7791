import type { Channel } from '../domain/message-preferences';
import type { ConsentSource, MembersDb } from './prisma';

/** Records a member's marketing consent over each channel named (given or withdrawn), with who changed it and when. */
export async function recordConsents(
  tx: MembersDb,
  memberId: string,
  channels: readonly Channel[],
  granted: boolean,
  source: ConsentSource,
  now: Date,
): Promise<void> {
  for (const channel of channels) {
    await tx.marketingConsent.upsert({
      where: { memberId_channel: { memberId, channel } },
      create: { memberId, channel, granted, source, changedAt: now },
      update: { granted, source, changedAt: now },
    });
  }
}
