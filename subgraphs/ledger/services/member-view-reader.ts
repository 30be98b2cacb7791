import { callInternal, internalUrl } from '../../../infra/internal/internal-call';
import type { PeerUrls } from '../../../infra/internal/peers';
import type { Logger } from '../../../infra/logging/logger';
import { MEMBER_VIEW_ROUTE, type MemberViewRequest, type MemberViews } from '../../../infra/views/member-views';
import type { LedgerPrisma } from '../data/prisma';
import { saveViews } from '../data/refs-store';
import type { Clock } from './deps';

/** A till waits this long for the members subgraph before answering as if the member were unknown. */
const READ_THROUGH_TIMEOUT_MS = 2000;

/** Asks the members subgraph for what the view misses and keeps it; true when something was found. */
export type MemberViewReader = (request: MemberViewRequest) => Promise<boolean>;

/**
 * Serves a miss of the ledger's view by asking its owner (a signed internal call) and keeping the
 * answer, version-guarded like events: a member or card the members subgraph has committed is
 * usable on the very next call, even when its event has not arrived yet.
 */
export function createMemberViewReader(deps: { db: LedgerPrisma; clock: Clock; logger: Logger }, peers: PeerUrls, secret: string): MemberViewReader {
  return async (request) => {
    if (!peers.members) return false;
    try {
      const views = await callInternal<MemberViews>(internalUrl(peers.members, MEMBER_VIEW_ROUTE), request, secret, READ_THROUGH_TIMEOUT_MS);
      if (views.members.length === 0 && views.cards.length === 0) return false;
      await saveViews(deps.db, views, deps.clock.now());
      return true;
    } catch (error) {
      deps.logger.warn({ err: error }, 'reading a member through from the members subgraph failed');
      return false;
    }
  };
}
