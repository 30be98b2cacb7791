import { runTransaction } from '../../../infra/db/transaction';
import type { DomainEventEnvelope } from '../../../infra/outbox/outbox-dispatcher';
import { keepFavouritesChoice, keepMembershipChange } from '../data/offer-copies-store';
import type { LedgerDeps } from './deps';

/** The offers subgraph's events about members the till judges offers by: audiences entered and left, favourites picked. */
export const AUDIENCE_EVENT_TYPES = ['audience.members_entered', 'audience.members_left', 'favourites.chosen'] as const;

/** Keeps the copies the till judges audience filters and favourites by; any order, any number of times. */
export function createAudienceEventHandler(deps: LedgerDeps) {
  async function keepFavourites(event: DomainEventEnvelope): Promise<void> {
    const payload = event.payload as { listId?: unknown; memberId?: unknown; skus?: unknown; changedAt?: unknown };
    if (typeof payload.listId !== 'string' || typeof payload.memberId !== 'string' || !Array.isArray(payload.skus)) return;
    const choice = {
      memberId: payload.memberId,
      listId: payload.listId,
      companyId: event.companyId,
      skus: payload.skus.map(String),
      changedAt: new Date(typeof payload.changedAt === 'string' ? payload.changedAt : event.occurredAt),
    };
    await runTransaction(deps, (tx) => keepFavouritesChoice(tx, choice));
  }

  return async function handle(event: DomainEventEnvelope): Promise<void> {
    if (event.type === 'favourites.chosen') return keepFavourites(event);
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
