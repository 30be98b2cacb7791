import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { claimMessagesFor, eraseMemberMessages } from '../data/erasure-store';
import { unsubscribeQueuedMessages } from '../data/mailings-store';
import type { Channel } from '../data/prisma';
import type { CommunicationsDeps } from './deps';

/** The members subgraph's events this one keeps its messages in step with. */
export const MEMBER_EVENT_TYPES = ['member.registered', 'member.deleted', 'member.marketing_consent_changed'];

const CHANNELS: ReadonlySet<string> = new Set(['SMS', 'EMAIL', 'PUSH', 'VIBER', 'SOCIAL']);

/**
 * A registration makes the codes sent to the new member's phone, and the texts from it, theirs (asked of the
 * members subgraph: events carry no contact data); an opt-out erases them; a consent withdrawn stops
 * the member's mailings' messages still queued on its channel. All repeat safely.
 */
export function createMemberEventHandler(deps: CommunicationsDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    const memberId = event.memberId ?? String(event.payload.memberId ?? '');
    if (!memberId) return;
    if (event.type === 'member.deleted') return eraseMemberMessages(deps.db, memberId);
    if (event.type === 'member.marketing_consent_changed') {
      const channel = String(event.payload.channel);
      if (event.payload.granted === false && CHANNELS.has(channel)) await unsubscribeQueuedMessages(deps.db, memberId, channel as Channel);
      return;
    }
    if (event.type !== 'member.registered') return;
    const contact = await deps.memberContact({ companyId: event.companyId, memberId });
    if (!contact.found) return;
    await claimMessagesFor(deps.db, event.companyId, memberId, contact.phone, deps.clock.now());
  };
}
