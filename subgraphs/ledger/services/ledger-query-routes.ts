import { z } from 'zod';
import { HttpError } from '../../../infra/http/graphql-http-server';
import { ACTIVE_BALANCES_ROUTE, type ActiveBalancesAnswer, KNOWN_CURRENCIES_ROUTE, type KnownCurrenciesAnswer } from '../../../infra/internal/ledger-queries';
import { activeBalancesOf } from '../data/accounts-store';
import { DEFAULT_CURRENCY, existingCurrencyRates } from '../data/currencies-store';
import type { LedgerDeps } from './deps';

const request = z.object({ companyId: z.uuid(), codes: z.array(z.string().max(40)).max(100) });
const balancesRequest = z.object({ companyId: z.uuid(), currency: z.string().min(1).max(40) });

/** The internal `known-currencies` and `active-balances` calls (infra/internal/ledger-queries.ts). */
export function createLedgerQueryRoutes(deps: Pick<LedgerDeps, 'db' | 'clock'>) {
  return {
    [KNOWN_CURRENCIES_ROUTE]: async (body: unknown): Promise<KnownCurrenciesAnswer> => {
      const parsed = request.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'a known-currencies request names a company and up to 100 codes');
      const { companyId, codes } = parsed.data;
      const rates = await existingCurrencyRates(deps.db, companyId, codes);
      // The default currency is made at first use, at 1 money a unit.
      if (codes.includes(DEFAULT_CURRENCY.code) && !rates.has(DEFAULT_CURRENCY.code)) rates.set(DEFAULT_CURRENCY.code, '1');
      return { known: codes.filter((code) => rates.has(code)), rates: Object.fromEntries(rates) };
    },
    [ACTIVE_BALANCES_ROUTE]: async (body: unknown): Promise<ActiveBalancesAnswer> => {
      const parsed = balancesRequest.safeParse(body);
      if (!parsed.success) throw new HttpError(400, 'BAD_REQUEST', 'an active-balances request names a company and a currency');
      return { balances: await activeBalancesOf(deps.db, parsed.data.companyId, parsed.data.currency, deps.clock.now()) };
    },
  };
}
