import { createCurrencyService } from './currency-service';
import type { LedgerDeps } from './deps';
import { createLedgerService } from './ledger-service';

/** The ledger's use cases: each authorises, applies the domain rules and commits once. */
export function createLedgerServices(deps: LedgerDeps) {
  return {
    ledger: createLedgerService(deps),
    currencies: createCurrencyService(deps),
  };
}

export type LedgerServices = ReturnType<typeof createLedgerServices>;
