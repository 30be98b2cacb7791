import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { LOOKUP_MISS_ROUTE, type LookupMissAnswer } from '../../../infra/throttle/lookup-throttle';
import type { createLookupMissCounter } from './lookup-guard';

const missReport = z.object({ terminalId: z.uuid(), companyId: z.uuid(), pointOfSaleId: z.uuid() });

/** The internal `lookup-miss` call: the ledger reports a terminal's look-up that found nobody, counted here with the terminal's others. */
export function createLookupMissRoute(countMiss: ReturnType<typeof createLookupMissCounter>) {
  return {
    [LOOKUP_MISS_ROUTE]: async (body: unknown): Promise<LookupMissAnswer> => {
      const parsed = missReport.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a lookup-miss report names a terminal, its company and its point of sale');
      const lockedUntil = await countMiss({ kind: 'terminal', ...parsed.data });
      return { lockedUntil: lockedUntil?.toISOString() ?? null };
    },
  };
}
