import type { CommunicationsDb } from '../data/prisma';
import type { MessageProvider } from './provider';

/**
 * Outside production, the provider of every channel no provider is configured for: messages land in
 * a table a developer reads (the devInbox query), so `npm start` shows the whole flow on a bare
 * machine. A message delivered twice lands once.
 */
export function createDevInbox(db: CommunicationsDb): MessageProvider {
  return {
    async send(message) {
      await db.devInboxMessage.createMany({
        data: [
          {
            messageId: message.id,
            companyId: message.companyId,
            memberId: message.memberId,
            channel: message.channel,
            destination: message.destination,
            subject: message.subject,
            text: message.text,
          },
        ],
        skipDuplicates: true,
      });
      return { providerMessageIds: [message.id] };
    },
  };
}
