import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { claimMessagesFor, eraseMemberMessages } from '../data/erasure-store';
import type { CommunicationsDeps } from './deps';

/** The members subgraph's events this one keeps its messages in step with. */
export const MEMBER_EVENT_TYPES = ['member.registered', 'member.deleted'];

/**
 * A registration makes the codes sent to the new member's phone, and the texts from it, theirs (asked of the
 * members subgraph: events carry no contact data); an opt-out erases them. Both repeat safely.
 */
export function createMemberEventHandler(deps: CommunicationsDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    const memberId = event.memberId ?? String(event.payload.memberId ?? '');
    if (!memberId) return;
    if (event.type === 'member.deleted') return eraseMemberMessages(deps.db, memberId);
    if (event.type !== 'member.registered') return;
    const contact = await deps.memberContact({ companyId: event.companyId, memberId });
    if (!contact.found) return;
    await claimMessagesFor(deps.db, event.companyId, memberId, contact.phone, deps.clock.now());
  };
}
