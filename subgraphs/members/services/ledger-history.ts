import { callInternal, internalUrl } from '../../../infra/internal/internal-call';
import type { PeerUrls } from '../../../infra/internal/peers';
import { MOVE_HISTORY_START_ROUTE, type MoveHistoryStartAnswer } from '../../../infra/time/history-bounds';

/** Has the ledger move a company's history start; answers the earliest operation's date when it refuses. */
export type HistoryStartMover = (companyId: string, start: Date) => Promise<{ moved: true } | { moved: false; earliestAt: Date }>;

const TIMEOUT_MS = 5000;

/**
 * The ledger decides whether the start may move (infra/time/history-bounds.ts). Without a ledger in
 * this deployment there is nothing to keep in step. A ledger that does not answer fails the
 * caller's request: a history start is not moved on a guess.
 */
export function createHistoryStartMover(peers: PeerUrls, secret: string): HistoryStartMover {
  return async (companyId, start) => {
    if (!peers.ledger) return { moved: true };
    const request = { companyId, historyStartsAt: start.toISOString() };
    const answer = await callInternal<MoveHistoryStartAnswer>(internalUrl(peers.ledger, MOVE_HISTORY_START_ROUTE), request, secret, TIMEOUT_MS);
    return answer.moved || !answer.earliestAt ? { moved: true } : { moved: false, earliestAt: new Date(answer.earliestAt) };
  };
}
