import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { keepMembershipChange } from '../data/audience-members-store';
import type { LedgerDeps } from './deps';

/** The offers subgraph's events about who entered and left a target audience (subgraphs/offers/services/audience-service.ts). */
export const AUDIENCE_EVENT_TYPES = ['audience.members_entered', 'audience.members_left'] as const;

/** Keeps the copy of audiences' membership the till judges audience filters by; any order, any number of times. */
export function createAudienceEventHandler(deps: LedgerDeps) {
  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (event.type !== 'audience.members_entered' && event.type !== 'audience.members_left') return;
    const payload = event.payload as { audienceId?: unknown; version?: unknown; memberIds?: unknown };
    if (typeof payload.audienceId !== 'string' || typeof payload.version !== 'number' || !Array.isArray(payload.memberIds)) {
      deps.logger.warn({ eventId: event.eventId }, 'an audience event without its audience, version or members changed nothing');
      return;
    }
    const change = {
      companyId: event.companyId,
      audienceId: payload.audienceId,
      version: payload.version,
      memberIds: payload.memberIds.map(String),
      present: event.type === 'audience.members_entered',
    };
    await runTransaction(deps, (tx) => keepMembershipChange(tx, change));
  };
}
