import { createCurrencyService } from './currency-service';
import type { LedgerDeps } from './deps';
import { createImportService } from './import-service';
import { createLedgerService } from './ledger-service';
import { createLimitService } from './limit-service';
import { createPurchaseService } from './purchase-service';
import { createRefundService } from './refund-service';
import { createTillManualService } from './till-manual-service';

/** The ledger's use cases: each authorises, applies the domain rules and commits once. */
export function createLedgerServices(deps: LedgerDeps, options: { holdMinutes: number } = { holdMinutes: 15 }) {
  const ledger = createLedgerService(deps);
  return {
    ledger,
    imports: createImportService(deps, ledger),
    purchases: createPurchaseService(deps, options),
    refunds: createRefundService(deps, options),
    tillManual: createTillManualService(deps, ledger, options),
    currencies: createCurrencyService(deps),
    limits: createLimitService(deps),
  };
}

export type LedgerServices = ReturnType<typeof createLedgerServices>;
