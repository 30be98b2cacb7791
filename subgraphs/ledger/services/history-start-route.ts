import { z } from 'zod';
import { runTransaction } from '../../../infra/db/transaction';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { MOVE_HISTORY_START_ROUTE, type MoveHistoryStartAnswer } from '../../../infra/time/history-bounds';
import { earliestOperationAt } from '../data/ledger-store';
import { lockHistoryStart, setHistoryStart } from '../data/refs-store';
import type { LedgerDeps } from './deps';

const request = z.object({ companyId: z.uuid(), historyStartsAt: z.iso.datetime({ offset: true }) });

/**
 * The internal `move-history-start` call (infra/time/history-bounds.ts). The company's row is locked
 * for the check and the move; every operation that is dated reads the start under a share lock
 * (companyHistoryStart), so it either commits before the check sees it, or waits and meets the new start.
 */
export function createHistoryStartRoute(deps: Pick<LedgerDeps, 'db' | 'logger'>) {
  return {
    [MOVE_HISTORY_START_ROUTE]: async (body: unknown): Promise<MoveHistoryStartAnswer> => {
      const parsed = request.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a move-history-start request names a company and a start');
      const { companyId } = parsed.data;
      const start = new Date(parsed.data.historyStartsAt);
      return runTransaction(deps, async (tx) => {
        await lockHistoryStart(tx, companyId);
        const earliest = await earliestOperationAt(tx, companyId);
        if (earliest && earliest < start) return { moved: false, earliestAt: earliest.toISOString() };
        await setHistoryStart(tx, companyId, start);
        return { moved: true, earliestAt: null };
      });
    },
  };
}
