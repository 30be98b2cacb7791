import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { KNOWN_CURRENCIES_ROUTE, type KnownCurrenciesAnswer } from '../../../infra/internal/known-currencies';
import { DEFAULT_CURRENCY, existingCurrencyCodes } from '../data/currencies-store';
import type { LedgerDeps } from './deps';

const request = z.object({ companyId: z.uuid(), codes: z.array(z.string().max(40)).max(100) });

/** The internal `known-currencies` call (infra/internal/known-currencies.ts). */
export function createKnownCurrenciesRoute(deps: Pick<LedgerDeps, 'db'>) {
  return {
    [KNOWN_CURRENCIES_ROUTE]: async (body: unknown): Promise<KnownCurrenciesAnswer> => {
      const parsed = request.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a known-currencies request names a company and up to 100 codes');
      const { companyId, codes } = parsed.data;
      const existing = await existingCurrencyCodes(deps.db, companyId, codes);
      return { known: codes.filter((code) => code === DEFAULT_CURRENCY.code || existing.has(code)) };
    },
  };
}
