import { runTransaction } from '../../../infra/db/transaction';
import { markInboundHandled, recordInbound, unhandledInbound } from '../data/inbound-store';
import { queueMessages } from '../data/messages-store';
import { messagingSettingsOf } from '../data/messaging-settings-store';
import { recordCommunicationsEvents } from '../data/outbox-store';
import type { InboundMessage } from '../data/prisma';
import { classifyInbound } from '../domain/inbound';
import { messageIdFor } from '../domain/message-id';
import type { IncomingText } from '../providers/provider';
import type { Delivery } from './delivery';
import type { CommunicationsDeps } from './deps';
import type { IncomingSource } from './provider-pool';

/** A text not handled at once (the members subgraph was down) is tried again after this long. */
const RETRY_AFTER_MS = 30_000;

/**
 * Texts members send in. Each is kept first (so none is lost), then handled: STOP withdraws
 * marketing over the channel (consent.withdrawn, which the members subgraph records) and is
 * answered once; the company's keyword registers the sender through the SMS channel; anything
 * else waits for support. One the members subgraph could not be asked about is tried again.
 */
export function createInbound(deps: CommunicationsDeps, delivery: Delivery) {
  let timer: NodeJS.Timeout | null = null;

  async function stop(row: InboundMessage, now: Date): Promise<{ memberId: string | null; outcome: string }> {
    const contact = await deps.memberContact({ companyId: row.companyId, phone: row.sender });
    if (!contact.found) {
      // Handled for good: a consent the phone's holder gives later, at registration, is theirs to give.
      const outcome = 'No member has this phone: nothing to withdraw';
      await markInboundHandled(deps.db, row.id, { memberId: null, outcome, at: now });
      return { memberId: null, outcome };
    }
    const identity = { kind: 'member' as const, memberId: contact.memberId, companyId: row.companyId };
    await runTransaction(deps, async (tx) => {
      const payload = { memberId: contact.memberId, channel: row.channel, source: 'STOP_REPLY', inboundMessageId: row.id };
      await recordCommunicationsEvents(tx, identity, [{ type: 'consent.withdrawn', companyId: row.companyId, memberId: contact.memberId, data: payload }]);
      await markInboundHandled(tx, row.id, { memberId: contact.memberId, outcome: `Marketing by ${row.channel} withdrawn`, at: now });
    });
    // The answer the industry expects to a STOP: one text saying it worked (its id makes a retry send none).
    await queueMessages(deps.sql, [
      {
        id: messageIdFor(row.id, contact.memberId, row.channel),
        companyId: row.companyId,
        memberId: contact.memberId,
        channel: row.channel,
        kind: 'consent.withdrawn',
        destination: row.sender,
        variables: { shop: contact.companyName },
        urgent: false,
      },
    ]);
    void delivery.kick();
    return { memberId: contact.memberId, outcome: `Marketing by ${row.channel} withdrawn` };
  }

  async function register(row: InboundMessage): Promise<{ memberId: string | null; outcome: string }> {
    const result = await deps.registerByText({ companyId: row.companyId, phone: row.sender });
    if (result.registered) return { memberId: result.memberId, outcome: 'Registered through the SMS channel' };
    // A member texting the keyword again: the text is still theirs (an opt-out must find it).
    const holder = await deps.memberContact({ companyId: row.companyId, phone: row.sender });
    return { memberId: holder.found ? holder.memberId : null, outcome: `Not registered: ${result.code} (${result.message})` };
  }

  async function handle(row: InboundMessage): Promise<void> {
    const now = deps.clock.now();
    if (row.kind === 'STOP') {
      await stop(row, now);
      return;
    }
    const done =
      row.kind === 'REGISTRATION'
        ? await register(row)
        : await deps.memberContact({ companyId: row.companyId, phone: row.sender }).then((contact) => ({
            memberId: contact.found ? contact.memberId : null,
            outcome: 'Kept for support',
          }));
    await markInboundHandled(deps.db, row.id, { ...done, at: now });
  }

  async function retryUnhandled(): Promise<void> {
    for (const row of await unhandledInbound(deps.db, new Date(deps.clock.now().getTime() - RETRY_AFTER_MS), 50)) {
      await handle(row).catch((error) => deps.logger.warn({ err: error, inboundMessageId: row.id }, 'an incoming text is still not handled'));
    }
  }

  return {
    /** A provider heard a text: kept, then handled (or left for the retry). */
    async receive(source: IncomingSource, message: IncomingText): Promise<void> {
      const { registrationKeyword } = await messagingSettingsOf(deps.db, source.companyId);
      const row = await recordInbound(deps.db, {
        companyId: source.companyId,
        providerId: source.providerId,
        channel: source.channel,
        sender: message.from,
        text: message.text.slice(0, 2000),
        kind: classifyInbound(message.text, registrationKeyword),
      });
      await handle(row).catch((error) => deps.logger.warn({ err: error, inboundMessageId: row.id }, 'an incoming text will be handled later'));
    },
    retryUnhandled,
    start() {
      timer = setInterval(() => void retryUnhandled().catch(() => undefined), RETRY_AFTER_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
