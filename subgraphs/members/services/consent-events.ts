import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { recordConsents } from '../data/consents-store';
import { lockMember } from '../data/members-store';
import { recordEvents } from '../data/outbox-store';
import { CHANNELS, type Channel } from '../domain/message-preferences';
import { inTransaction, type ServiceDeps } from './deps';
import { consentChanged } from './profile-service';

/** What the communications subgraph reports: a member answered STOP or followed an unsubscribe link. */
export const CONSENT_EVENT_TYPES = ['consent.withdrawn'];

const SOURCES = { STOP_REPLY: 'STOP_REPLY', UNSUBSCRIBE: 'UNSUBSCRIBE' } as const;

/**
 * Records a withdrawal the member made outside the app, as the member's own act. A repeat (the
 * event delivered twice, a second STOP) changes nothing; an opted-out member has nothing to withdraw.
 */
export function createConsentEventHandler(deps: ServiceDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    const { memberId, channel, source } = event.payload as { memberId?: string; channel?: string; source?: string };
    const how = SOURCES[source as keyof typeof SOURCES];
    if (!memberId || !CHANNELS.includes(channel as Channel) || !how) {
      deps.logger.warn({ eventId: event.eventId }, 'a malformed consent.withdrawn event was ignored');
      return;
    }
    await inTransaction(deps, async (tx) => {
      const member = await lockMember(tx, event.companyId, memberId);
      if (!member || member.state === 'DELETED') return;
      const current = await tx.marketingConsent.findUnique({ where: { memberId_channel: { memberId, channel: channel as Channel } } });
      if (current && !current.granted) return;
      await recordConsents(tx, memberId, [channel as Channel], false, how, new Date(event.occurredAt));
      const identity = { kind: 'member' as const, memberId, companyId: event.companyId };
      await recordEvents(tx, deps, identity, channel === 'SMS' ? 'SMS' : null, [consentChanged(member, channel as Channel, false, how)]);
    });
  };
}
