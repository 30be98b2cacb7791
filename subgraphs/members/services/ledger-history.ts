import { callInternal, internalUrl } from '../../../infra/internal/internal-call';
import type { PeerUrls } from '../../../infra/internal/peers';
import { EARLIEST_OPERATION_ROUTE, type EarliestOperationAnswer } from '../../../infra/time/history-bounds';

/** The effective date of a company's earliest bonus operation in the ledger; null when it has none. */
export type EarliestOperationQuery = (companyId: string) => Promise<Date | null>;

const TIMEOUT_MS = 5000;

/**
 * Asks the ledger (a signed internal call) how far back a company's operations go. Without a ledger
 * in this deployment there are none. A ledger that does not answer fails the caller's request: a
 * history start is not moved on a guess.
 */
export function createEarliestOperationQuery(peers: PeerUrls, secret: string): EarliestOperationQuery {
  return async (companyId) => {
    if (!peers.ledger) return null;
    const answer = await callInternal<EarliestOperationAnswer>(internalUrl(peers.ledger, EARLIEST_OPERATION_ROUTE), { companyId }, secret, TIMEOUT_MS);
    return answer.earliestAt ? new Date(answer.earliestAt) : null;
  };
}
