import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { EARLIEST_OPERATION_ROUTE, type EarliestOperationAnswer } from '../../../infra/time/history-bounds';
import { earliestOperationAt } from '../data/ledger-store';
import type { LedgerPrisma } from '../data/prisma';

const request = z.object({ companyId: z.uuid() });

/** The internal `earliest-operation` call (infra/time/history-bounds.ts): how far back a company's operations go. */
export function createEarliestOperationRoute(db: LedgerPrisma) {
  return {
    [EARLIEST_OPERATION_ROUTE]: async (body: unknown): Promise<EarliestOperationAnswer> => {
      const parsed = request.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'an earliest-operation request names a company');
      const earliest = await earliestOperationAt(db, parsed.data.companyId);
      return { earliestAt: earliest?.toISOString() ?? null };
    },
  };
}
